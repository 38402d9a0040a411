package com.truereach.matching.authenticity;

/** One account of the training data, with the label people gave it. */
record LabelledAccount(Source source, AccountFeatures features, boolean fake) {
}
