package com.truereach.matching.authenticity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The committed, anonymised labelled accounts (see {@link ConvertAuthenticityData}), read from the classpath. */
final class AuthenticityData {

    static final String SRF_FILE = "srf-followers-features.csv";
    static final String KAGGLE_FILE = "kaggle-instagram-features.csv";
    static final String SRF_HEADER =
            "fake,posts,followers,following,has_profile_picture,private,username_length,username_digit_share,"
            + "username_letter_share";
    static final String KAGGLE_HEADER = "split,fake,posts,followers,following,has_profile_picture,private,"
            + "external_url,username_digit_share,full_name_words,full_name_digit_share,name_matches_username,"
            + "biography_length";
    private static final String DIRECTORY = "/authenticity/";
    private static final double MISSING = AccountFeatures.MISSING;

    private AuthenticityData() {
    }

    static List<LabelledAccount> srf() {
        return read(SRF_FILE, SRF_HEADER, f -> new LabelledAccount(Source.SRF, new AccountFeatures(
                d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]), MISSING,
                d(f[6]), d(f[7]), d(f[8]), MISSING, MISSING, MISSING, MISSING), flag(f[0])));
    }

    static List<LabelledAccount> kaggle() {
        return read(KAGGLE_FILE, KAGGLE_HEADER, f -> new LabelledAccount(Source.KAGGLE, new AccountFeatures(
                d(f[2]), d(f[3]), d(f[4]), d(f[5]), d(f[6]), d(f[7]),
                MISSING, d(f[8]), MISSING, d(f[9]), d(f[10]), d(f[11]), d(f[12])), flag(f[1])));
    }

    static List<LabelledAccount> all() {
        List<LabelledAccount> all = new ArrayList<>(srf());
        all.addAll(kaggle());
        return all;
    }

    private static List<LabelledAccount> read(String file, String header, Function<String[], LabelledAccount> row) {
        try (InputStream in = AuthenticityData.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("missing training data " + DIRECTORY + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = reader.readLine();
            if (!header.equals(first)) {
                throw new IllegalStateException(file + " has header " + first + ", expected " + header);
            }
            List<LabelledAccount> accounts = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    accounts.add(row.apply(line.split(",", -1)));
                }
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double d(String value) {
        return Double.parseDouble(value);
    }

    private static boolean flag(String value) {
        return d(value) != 0;
    }
}
