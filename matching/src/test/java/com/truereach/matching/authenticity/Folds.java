package com.truereach.matching.authenticity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Stratified k-fold assignment: every fold keeps each source's share of fakes. Seeded, so repeatable. */
final class Folds {

    private Folds() {
    }

    static int[] assign(List<LabelledAccount> accounts, int k, long seed) {
        Map<String, List<Integer>> strata = new LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            LabelledAccount account = accounts.get(i);
            strata.computeIfAbsent(account.source() + "/" + account.fake(), key -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[accounts.size()];
        Random random = new Random(seed);
        int offset = 0;
        for (List<Integer> members : strata.values()) {
            Collections.shuffle(members, random);
            for (int position = 0; position < members.size(); position++) {
                fold[members.get(position)] = (offset + position) % k;
            }
            // Continue where the last stratum ended so small strata do not all start in fold 0.
            offset = (offset + members.size()) % k;
        }
        return fold;
    }

    static <T> List<T> select(List<T> items, int[] fold, int k, boolean inFold) {
        List<T> selected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if ((fold[i] == k) == inFold) {
                selected.add(items.get(i));
            }
        }
        return selected;
    }
}
