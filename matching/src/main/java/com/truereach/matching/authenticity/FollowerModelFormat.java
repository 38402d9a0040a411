package com.truereach.matching.authenticity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads and writes the model resource: a plain properties file a reviewer can diff between versions.
 *
 * <p>Writing returns text rather than touching files, so this class stays free of I/O; the trainer saves
 * the text.
 */
final class FollowerModelFormat {

    static final String FORMAT_NAME = "truereach-follower-model";

    private FollowerModelFormat() {
    }

    static FollowerModel parse(Properties properties) {
        String format = required(properties, "format");
        if (!FORMAT_NAME.equals(format)) {
            throw new IllegalArgumentException("not a follower model resource: format=" + format);
        }
        List<FeatureShape> shapes = new ArrayList<>();
        for (String key : required(properties, "features").split(",")) {
            Feature feature = Feature.fromKey(key.strip());
            String prefix = "feature." + feature.key() + ".";
            shapes.add(new FeatureShape(
                    feature,
                    numbers(properties.getProperty(prefix + "upper_bounds", "")),
                    numbers(required(properties, prefix + "log_odds")),
                    number(properties, prefix + "spread")));
        }
        return new FollowerModel(
                required(properties, "version"),
                required(properties, "training.data"),
                shapes,
                number(properties, "score.base"),
                number(properties, "calibration.slope"),
                number(properties, "calibration.intercept"),
                number(properties, "prior.training"),
                number(properties, "prior.target"),
                number(properties, "threshold.suspicious"));
    }

    /**
     * The resource text for a model. {@code comments} become the header; {@code metadata} entries
     * (training settings, figures) are written after the parameters and ignored when parsing.
     */
    static String format(FollowerModel model, List<String> comments, Map<String, String> metadata) {
        StringBuilder text = new StringBuilder();
        comments.forEach(line -> text.append("# ").append(line).append('\n'));
        line(text, "format", FORMAT_NAME);
        line(text, "version", model.version());
        line(text, "training.data", model.trainingData());
        text.append('\n');
        line(text, "prior.training", decimal(model.trainingPrior()));
        line(text, "prior.target", decimal(model.targetPrior()));
        line(text, "calibration.slope", decimal(model.calibrationSlope()));
        line(text, "calibration.intercept", decimal(model.calibrationIntercept()));
        line(text, "threshold.suspicious", decimal(model.suspiciousThreshold()));
        line(text, "score.base", decimal(model.baseScore()));
        line(text, "features", model.shapes().stream().map(s -> s.feature().key()).collect(Collectors.joining(",")));
        for (FeatureShape shape : model.shapes()) {
            text.append('\n');
            String prefix = "feature." + shape.feature().key() + ".";
            line(text, prefix + "upper_bounds", decimals(shape.upperBounds()));
            line(text, prefix + "log_odds", decimals(shape.logOdds()));
            line(text, prefix + "spread", decimal(shape.spread()));
        }
        if (!metadata.isEmpty()) {
            text.append('\n');
            metadata.forEach((key, value) -> line(text, key, value));
        }
        return text.toString();
    }

    /** Eight significant digits: far below anything the model can resolve, and stable across runs. */
    static String decimal(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    private static String decimals(double[] values) {
        return Arrays.stream(values).mapToObj(FollowerModelFormat::decimal).collect(Collectors.joining(","));
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c > 0x7e) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("model resource lacks " + key);
        }
        return value.strip();
    }

    private static double number(Properties properties, String key) {
        try {
            return Double.parseDouble(required(properties, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model resource has a non-numeric " + key, e);
        }
    }

    private static double[] numbers(String list) {
        if (list.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(list.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }
}
