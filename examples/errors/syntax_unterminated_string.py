print("hello)
# A string literal missing its closing quote (on line 1)
