"""Our scipy TF-IDF is scikit-learn's TfidfVectorizer(sublinear_tf=True), computed without loading it."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from briefing.vectors import Vectorizer, content_stems, tfidf

SAMPLE = [
    "Rebels seized the northern city of Port Vale on Monday after heavy fighting.",
    "Rebel fighters seized Port Vale, a northern city, on Monday; fighting, fighting and more fighting.",
    "The central bank raised interest rates to 18 percent to defend the currency.",
    "The mayor fled to the capital.",
    "",
]


def test_tfidf_equals_scikit_learn_on_a_sample():
    ours = Vectorizer()
    matrix = ours.fit_transform(SAMPLE)
    theirs = TfidfVectorizer(analyzer=content_stems, sublinear_tf=True)
    expected = theirs.fit_transform(SAMPLE)
    order = [ours.vocabulary[term] for term in theirs.get_feature_names_out()]
    np.testing.assert_allclose(matrix.toarray()[:, order], expected.toarray(), rtol=1e-5, atol=1e-6)
    new = ["Rebels raised the flag over the central bank of Port Vale."]
    np.testing.assert_allclose(ours.transform(new).toarray()[:, order], theirs.transform(new).toarray(), rtol=1e-5,
                               atol=1e-6)


def test_synonyms_fold_onto_one_term_so_paraphrases_meet():
    matrix, extra, _ = tfidf(["Russian troops recaptured the town."], ["Russian troops regained the town."])
    assert float(matrix[0].multiply(extra[0]).sum()) > 0.99
