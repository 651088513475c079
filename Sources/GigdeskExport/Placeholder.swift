// placeholder removed when the target gets code
