package vn.onedoor.drivers.agent;

import java.nio.file.Path;

/** {@code java -jar onedoor-agent.jar --server URL [--pairing-code CODE] [--data-dir DIR]}. */
public final class AgentMain {

    private AgentMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        AgentOptions options;
        try {
            options = AgentOptions.parse(args, Path.of(System.getProperty("user.home")));
        } catch (IllegalArgumentException e) {
            System.err.println("onedoor-agent: " + e.getMessage());
            System.err.println("usage: java -jar onedoor-agent.jar --server http://HOST:8080 [--pairing-code CODE] "
                    + "[--data-dir DIR] [--simulator-dir DIR]");
            System.exit(2);
            return;
        }
        Agent agent = new Agent(options).start();
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "agent-stop"));
        System.out.println("onedoor-agent: talking to " + options.server() + ", data in " + options.dataDir().toAbsolutePath());
        Thread.currentThread().join();
    }
}
