package com.truereach.matching.authenticity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the two public labelled data sets into the copies kept in this repository, without personal data.
 *
 * <p>Run once, by hand, where the original files are available (they are not distributed with the
 * product). The SRF file names real people: their usernames and profile links are dropped, and only the
 * username's length and share of digits, computed with the product's own {@link AccountFeatures}, are
 * kept. Rows are re-ordered by label and counts so the alphabetical order of the usernames is lost too.
 * The Kaggle file holds no names; its two splits are merged and exact duplicate rows within a split
 * dropped so cross-validation cannot score an account against its own copy.
 *
 * <p>Usage: {@code ConvertAuthenticityData <directory with the originals> <output directory>}
 */
public final class ConvertAuthenticityData {

    static final String SRF_ORIGINAL = "srf-followers-labelled.csv";
    static final String KAGGLE_TRAIN_ORIGINAL = "kaggle-instagram-train.csv";
    static final String KAGGLE_TEST_ORIGINAL = "kaggle-instagram-test.csv";

    private ConvertAuthenticityData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ConvertAuthenticityData <originals directory> <output directory>");
        }
        Path originals = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<String> srf = convertSrf(Files.readAllLines(originals.resolve(SRF_ORIGINAL), StandardCharsets.UTF_8));
        Files.write(output.resolve(AuthenticityData.SRF_FILE), srf, StandardCharsets.UTF_8);
        List<String> kaggle = new ArrayList<>();
        kaggle.add(AuthenticityData.KAGGLE_HEADER);
        kaggle.addAll(convertKaggle("train", Files.readAllLines(originals.resolve(KAGGLE_TRAIN_ORIGINAL))));
        kaggle.addAll(convertKaggle("test", Files.readAllLines(originals.resolve(KAGGLE_TEST_ORIGINAL))));
        Files.write(output.resolve(AuthenticityData.KAGGLE_FILE), kaggle, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %d SRF and %d Kaggle accounts to %s%n", srf.size() - 1, kaggle.size() - 1, output);
    }

    static List<String> convertSrf(List<String> lines) {
        List<String> header = Csv.split(lines.get(0));
        int rating = header.indexOf("rating");
        int username = header.indexOf("Username");
        int posts = header.indexOf("Number.of.posts");
        int following = header.indexOf("Number.of.people.they.follow");
        int followers = header.indexOf("Number.of.followers");
        int picture = header.indexOf("has_profile_picture");
        int isPrivate = header.indexOf("Private.account");
        List<long[]> rows = new ArrayList<>();
        List<String> converted = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = Csv.split(line);
            String name = f.get(username);
            AccountFeatures derived = AccountFeatures.of(AccountProfile.ofCounts(0, 0, 0).withUsername(name));
            // Shares kept to four decimals: enough for any username length below 10,000 characters.
            long digitShareTenThousandths = Math.round(derived.usernameDigitShare() * 10_000);
            long letterShareTenThousandths = Math.round(derived.usernameLetterShare() * 10_000);
            rows.add(new long[] {
                    bool(f.get(rating)), Long.parseLong(f.get(posts)), Long.parseLong(f.get(followers)),
                    Long.parseLong(f.get(following)), bool(f.get(picture)), bool(f.get(isPrivate)),
                    (long) derived.usernameLength(), digitShareTenThousandths, letterShareTenThousandths});
        }
        rows.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[2])
                .thenComparingLong(r -> r[3]).thenComparingLong(r -> r[1])
                .thenComparingLong(r -> r[6]).thenComparingLong(r -> r[7])
                .thenComparingLong(r -> r[4]).thenComparingLong(r -> r[5]).thenComparingLong(r -> r[8]));
        converted.add(AuthenticityData.SRF_HEADER);
        for (long[] r : rows) {
            converted.add(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%.4f,%.4f",
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] / 10_000.0, r[8] / 10_000.0));
        }
        return converted;
    }

    static List<String> convertKaggle(String split, List<String> lines) {
        List<String> header = Csv.split(lines.get(0));
        String[] columns = {"fake", "#posts", "#followers", "#follows", "profile pic", "private", "external URL",
                "nums/length username", "fullname words", "nums/length fullname", "name==username", "description length"};
        int[] index = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            index[i] = header.indexOf(columns[i]);
            if (index[i] < 0) {
                throw new IllegalArgumentException("Kaggle file lacks column " + columns[i]);
            }
        }
        Set<String> rows = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = Csv.split(line);
            StringBuilder row = new StringBuilder(split);
            for (int i : index) {
                row.append(',').append(f.get(i).strip());
            }
            rows.add(row.toString());
        }
        return new ArrayList<>(rows);
    }

    private static long bool(String value) {
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "TRUE", "1" -> 1;
            case "FALSE", "0" -> 0;
            default -> throw new IllegalArgumentException("not a boolean: " + value);
        };
    }
}
