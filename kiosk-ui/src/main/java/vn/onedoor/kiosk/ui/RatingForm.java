package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.onedoor.rating.RatingCriterion;
import vn.onedoor.rating.RatingLevel;
import vn.onedoor.rating.RatingScale;

/**
 * The vote: optional criteria chips and comment first, then one big button per level, best first;
 * a tap on a level sends the vote. The first tap disables every level in the browser at once, so a
 * double tap sends one vote (and the database would refuse a second anyway).
 */
final class RatingForm extends Div {

    private final Set<String> picked = new LinkedHashSet<>();
    private final TextArea comment = new TextArea();
    private final List<NativeButton> levels = new ArrayList<>();

    RatingForm(RatingScale scale, Consumer<RatingServices.Vote> onVote) {
        addClassName("od-rating-form");
        String language = getLocale().getLanguage();
        if (!scale.criteria().isEmpty()) {
            Div chips = new Div();
            chips.addClassName("od-rating-chips");
            chips.add(new Span(getTranslation("rating.criteria")));
            scale.criteria().forEach(k -> chips.add(chip(k, language)));
            add(chips);
        }
        comment.setPlaceholder(getTranslation("rating.comment"));
        comment.setMaxLength(500);
        comment.addClassName("od-rating-comment");
        add(comment);
        Div buttons = new Div();
        buttons.addClassName("od-rating-levels");
        buttons.getElement().setAttribute("data-levels", String.valueOf(scale.size()));
        List<RatingLevel> all = scale.levels();
        for (int i = 0; i < all.size(); i++) {
            RatingLevel level = all.get(i);
            String tone = tone(all, i);
            Icon icon = toneIcon(tone).create();
            Span label = new Span(level.label(language).orElseGet(() -> getTranslation(level.bundleKey(scale.size()))));
            NativeButton button = new NativeButton();
            button.add(icon, label);
            button.addClassNames("od-rating-level", "od-tone-" + tone);
            button.getElement().setAttribute("data-score", String.valueOf(level.score()));
            button.addClickListener(e -> {
                levels.forEach(b -> b.setEnabled(false));
                onVote.accept(new RatingServices.Vote(level.score(), List.copyOf(picked), comment.getValue()));
            });
            levels.add(button);
            buttons.add(button);
        }
        buttons.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const b = e.target.closest('.od-rating-level');
                  if (b) { b.classList.add('od-pressed'); this.classList.add('od-busy'); }
                }, true);""");
        add(buttons);
    }

    private NativeButton chip(RatingCriterion criterion, String language) {
        NativeButton chip = new NativeButton(criterion.label(language).orElseGet(() -> getTranslation(criterion.bundleKey())));
        chip.addClassName("od-rating-chip");
        chip.getElement().setAttribute("data-criterion", criterion.code());
        chip.getElement().setAttribute("aria-pressed", "false");
        chip.addClickListener(e -> {
            boolean on = picked.add(criterion.code()) || !picked.remove(criterion.code());
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        });
        return chip;
    }

    /** best and good are satisfied levels, the top one best; bad is the lowest, meh what lies between. */
    private static String tone(List<RatingLevel> levels, int index) {
        RatingLevel level = levels.get(index);
        if (level.satisfied()) {
            return index == 0 ? "best" : "good";
        }
        return index == levels.size() - 1 ? "bad" : "meh";
    }

    private static VaadinIcon toneIcon(String tone) {
        return switch (tone) {
            case "best" -> VaadinIcon.SMILEY_O;
            case "good" -> VaadinIcon.THUMBS_UP_O;
            case "meh" -> VaadinIcon.MEH_O;
            default -> VaadinIcon.FROWN_O;
        };
    }
}
