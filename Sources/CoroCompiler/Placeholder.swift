import CoroSyntax
public enum CoroCompilerPlaceholder {}
