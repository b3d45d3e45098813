"""The attribution engine: pure functions over `Document`. No Flask, no Stanza imports here."""
