package vn.onedoor.queue.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A simulated busy day in a 12-counter hall, run through the real calling rules and the real wait
 * estimate: every ticket gets the estimate the kiosk would print, and the simulation records when it
 * was really called. The mean absolute error in minutes measures how truthful the estimate is.
 */
public final class BusyDay {

    /** A service group: its share of arrivals and its mean service time in minutes. */
    public record Group(String prefix, double share, double meanServiceMinutes) {}

    /** A counter: the groups it serves (indexes into the group list) and its weight for each. */
    public record Desk(int[] groups, int[] weights) {}

    /** What the day showed. */
    public record Result(int tickets, double meanActualMinutes, double meanAbsoluteErrorMinutes,
            double meanSignedErrorMinutes) {}

    private static final Instant OPEN = Instant.parse("2026-11-23T00:30:00Z"); // 07:30 in Vietnam
    private static final int SAMPLES = 30;

    private final List<Group> groups;
    private final List<Desk> desks;
    private final QueueRules rules;
    private final Random random;

    public BusyDay(List<Group> groups, List<Desk> desks, QueueRules rules, long seed) {
        this.groups = groups;
        this.desks = desks;
        this.rules = rules;
        this.random = new Random(seed);
    }

    /** Arrivals per hour through the day, from 07:30: a morning peak, a quieter lunch, an afternoon wave. */
    static double arrivalsPerHour(double hoursSinceOpen) {
        if (hoursSinceOpen < 0.5) {
            return 100;
        }
        if (hoursSinceOpen < 3) {
            return 130;
        }
        if (hoursSinceOpen < 4) {
            return 90;
        }
        if (hoursSinceOpen < 5.5) {
            return 40;
        }
        return hoursSinceOpen < 8.5 ? 95 : 0;
    }

    private record Waiting(long id, int group, boolean priority, double arrivedAt, int predictedMinutes) {}

    public Result run() {
        List<Deque<Waiting>> normal = new ArrayList<>();
        List<Deque<Waiting>> priority = new ArrayList<>();
        List<Deque<Double>> lastServices = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            normal.add(new ArrayDeque<>());
            priority.add(new ArrayDeque<>());
            lastServices.add(new ArrayDeque<>());
        }
        double[] freeAt = new double[desks.size()];
        int[] streak = new int[desks.size()];
        PriorityQueue<double[]> completions = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        double t = 0;
        long ids = 0;
        double sumActual = 0;
        double sumAbs = 0;
        double sumSigned = 0;
        int served = 0;
        double nextArrival = nextArrivalAfter(0);
        while (true) {
            double nextFree = Double.MAX_VALUE;
            for (double f : freeAt) {
                nextFree = Math.min(nextFree, f);
            }
            boolean anyWaiting = normal.stream().anyMatch(d -> !d.isEmpty()) || priority.stream().anyMatch(d -> !d.isEmpty());
            if (nextArrival == Double.MAX_VALUE && !anyWaiting) {
                break;
            }
            while (!completions.isEmpty() && completions.peek()[0] <= Math.min(nextArrival, nextFree)) {
                double[] done = completions.poll();
                Deque<Double> samples = lastServices.get((int) done[1]);
                samples.addFirst(done[2]);
                if (samples.size() > SAMPLES) {
                    samples.removeLast();
                }
            }
            if (nextArrival <= nextFree) {
                t = nextArrival;
                int g = pickGroup();
                boolean isPriority = random.nextDouble() < 0.1;
                long ahead = priority.get(g).size() + (isPriority ? 0 : normal.get(g).size());
                int predicted = WaitEstimator.minutes(ahead, averageService(lastServices.get(g)), servingCount(g));
                (isPriority ? priority : normal).get(g).addLast(new Waiting(ids++, g, isPriority, t, predicted));
                nextArrival = nextArrivalAfter(t);
                continue;
            }
            t = nextFree;
            int desk = indexOf(freeAt, nextFree);
            Optional<Waiting> next = choose(desk, normal, priority, streak, t);
            if (next.isEmpty()) {
                freeAt[desk] = nextArrival == Double.MAX_VALUE ? Double.MAX_VALUE : nextArrival;
                continue;
            }
            Waiting w = next.get();
            double actual = (t - w.arrivedAt()) / 60.0;
            sumActual += actual;
            sumAbs += Math.abs(w.predictedMinutes() - actual);
            sumSigned += w.predictedMinutes() - actual;
            served++;
            double service = serviceSeconds(w.group());
            freeAt[desk] = t + service;
            completions.add(new double[] {t + service, w.group(), service});
        }
        return new Result(served, sumActual / served, sumAbs / served, sumSigned / served);
    }

    private Optional<Waiting> choose(int desk, List<Deque<Waiting>> normal, List<Deque<Waiting>> priority, int[] streak,
            double t) {
        Desk d = desks.get(desk);
        List<NextTicketPolicy.GroupHeads> heads = new ArrayList<>();
        for (int i = 0; i < d.groups().length; i++) {
            int g = d.groups()[i];
            heads.add(new NextTicketPolicy.GroupHeads(g, d.weights()[i], candidate(priority.get(g).peekFirst()),
                    candidate(normal.get(g).peekFirst())));
        }
        Instant now = OPEN.plusMillis((long) (t * 1000));
        return NextTicketPolicy.choose(heads, Optional.empty(), streak[desk], rules, now).map(choice -> {
            streak[desk] = choice.streakAfter();
            int g = (int) choice.candidate().serviceGroupId();
            return (choice.candidate().priority() ? priority : normal).get(g).pollFirst();
        });
    }

    private static Optional<NextTicketPolicy.Candidate> candidate(Waiting w) {
        return w == null ? Optional.empty() : Optional.of(new NextTicketPolicy.Candidate(w.id(), w.group(), w.priority(),
                Ticket.queueKeyOf(OPEN.plusMillis((long) (w.arrivedAt() * 1000)))));
    }

    private Duration averageService(Deque<Double> samples) {
        if (samples.size() < 3) {
            return rules.defaultServiceTime();
        }
        return Duration.ofMillis((long) (samples.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 1000));
    }

    /** The counters' worth for a group: each serving counter gives its weight share. */
    private double servingCount(int group) {
        double worth = 0;
        for (Desk d : desks) {
            int total = 0;
            int mine = 0;
            for (int i = 0; i < d.groups().length; i++) {
                total += d.weights()[i];
                mine += d.groups()[i] == group ? d.weights()[i] : 0;
            }
            worth += (double) mine / total;
        }
        return worth;
    }

    private double nextArrivalAfter(double t) {
        double rate = arrivalsPerHour(t / 3600.0);
        if (rate == 0) {
            return Double.MAX_VALUE;
        }
        double next = t - Math.log(1 - random.nextDouble()) * 3600.0 / rate;
        return arrivalsPerHour(next / 3600.0) == 0 ? Double.MAX_VALUE : next;
    }

    private int pickGroup() {
        double r = random.nextDouble();
        for (int g = 0; g < groups.size(); g++) {
            r -= groups.get(g).share();
            if (r <= 0) {
                return g;
            }
        }
        return groups.size() - 1;
    }

    /** Log-normal service times with the group's mean and a coefficient of variation of 0.6. */
    private double serviceSeconds(int group) {
        double mean = groups.get(group).meanServiceMinutes() * 60;
        double cv = 0.6;
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        double mu = Math.log(mean) - sigma * sigma / 2;
        return Math.exp(mu + sigma * random.nextGaussian());
    }

    private static int indexOf(double[] values, double value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
