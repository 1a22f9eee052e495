namespace Register.Output;

/// <summary>A file of a build as the build remembers it once written: its path in the output folder and the SHA-256 of its bytes.</summary>
public sealed record BuiltFile(string Path, string Sha256);
