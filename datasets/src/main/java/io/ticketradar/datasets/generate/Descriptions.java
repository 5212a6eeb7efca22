package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.world.Catalogue;

import java.util.ArrayList;
import java.util.List;

/** Free-text ticket descriptions as customers and dealers write them, in Chinese or English. */
final class Descriptions {
    private static final double COLD_MENTION_SHARE = 0.5;

    private final Catalogue catalogue;

    Descriptions(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param causePhrases what the customer says about the cause (a pattern's phrases), or empty
     * @param ambientC     the temperature, mentioned now and then when it is freezing
     */
    String write(
            Rng rng,
            boolean english,
            Catalogue.Product product,
            List<String> symptoms,
            List<String> causePhrases,
            double ambientC) {
        Catalogue.Phrases phrases = catalogue.phrases();
        List<String> parts = new ArrayList<>();
        for (String code : symptoms) {
            Catalogue.Symptom symptom = catalogue.symptom(code);
            parts.add(english ? symptom.en() : symptom.zh());
        }
        if (!causePhrases.isEmpty()) {
            parts.add(rng.pick(causePhrases));
        }
        String temperature = Long.toString(Math.round(ambientC));
        boolean cold = ambientC < 0 && rng.chance(COLD_MENTION_SHARE);
        if (english) {
            return rng.pick(phrases.openersEn()) + " " + product.en() + ": " + String.join(", ", parts)
                    + (cold ? phrases.coldEn().replace("{temp}", temperature) : "") + ". " + rng.pick(phrases.asksEn());
        }
        return rng.pick(phrases.openersZh()) + product.zh() + "故障：" + String.join("，", parts)
                + (cold ? phrases.coldZh().replace("{temp}", temperature) : "") + "，" + rng.pick(phrases.asksZh());
    }
}
