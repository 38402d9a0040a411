"""How far general-purpose models get on the committed follower data: a ceiling check.

Not part of the build and not the shipped model (that is trained and evaluated in Java, see
docs/evaluation/authenticity.md). It answers one question: is the classifier's gap to its goal
a modelling problem or a data problem? Random forests, gradient boosting and an RBF support
vector machine are given the same inputs and the same cross-validation; if none of them does
much better than the shipped boosted stumps, more model will not close the gap.

Run from the repository root (Debian: apt-get install python3-sklearn python3-pandas):
    python3 matching/src/test/python/model_ceiling.py
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, roc_curve
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

warnings.filterwarnings("ignore")
DATA = "matching/src/test/resources/authenticity/"
REPEATS = 5


def counts(frame):
    """The inputs both sources share, transformed as the shipped model does."""
    posts, followers, following = (np.log1p(frame[c].astype(float)) for c in ("posts", "followers", "following"))
    return pd.DataFrame({
        "log_posts": posts, "log_followers": followers, "log_following": following,
        "follower_following_ratio": followers - following, "posts_per_follower": posts - followers,
        "has_profile_picture": frame["has_profile_picture"], "private": frame["private"],
        "username_digit_share": frame["username_digit_share"],
    })


def flagged_at_90(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return fpr[np.argmax(tpr >= 0.9)]


def evaluate(name, model, x, y):
    aucs, flagged = [], []
    for seed in range(REPEATS):
        folds = StratifiedKFold(5, shuffle=True, random_state=seed)
        p = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
        aucs.append(roc_auc_score(y, p))
        flagged.append(flagged_at_90(y, p))
    print(f"| {name} | {np.mean(aucs):.3f} ± {np.std(aucs):.3f} | {100 * np.mean(flagged):.1f}% |")


def models():
    return [
        ("logistic regression", make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))),
        ("gradient boosting, depth 3", HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200)),
        ("random forest, 500 trees", RandomForestClassifier(500, min_samples_leaf=5, max_features=0.3, random_state=0)),
        ("RBF support vector machine", make_pipeline(StandardScaler(), SVC(gamma=0.1, probability=True, random_state=0))),
    ]


def main():
    srf = pd.read_csv(DATA + "srf-followers-features.csv")
    kaggle = pd.read_csv(DATA + "kaggle-instagram-features.csv").drop(columns="split")
    srf_x = counts(srf)
    srf_x["username_length"] = srf["username_length"]
    srf_x["username_letter_share"] = srf["username_letter_share"]
    kaggle_x = counts(kaggle)
    for column in ("external_url", "full_name_words", "full_name_digit_share", "name_matches_username", "biography_length"):
        kaggle_x[column] = kaggle[column]
    for title, x, y in (("SRF (every committed input)", srf_x, srf["fake"]),
                        ("Kaggle (every committed input)", kaggle_x, kaggle["fake"])):
        print(f"\n{title}, 5-fold stratified cross-validation, mean of {REPEATS} shuffles\n")
        print("| model | ROC AUC | genuine flagged at 90% of fakes caught |")
        print("|---|---|---|")
        for name, model in models():
            evaluate(name, model, x, y)


if __name__ == "__main__":
    main()
