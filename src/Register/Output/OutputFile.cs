namespace Register.Output;

/// <summary>A file the build produces: its path relative to the output folder ('/'-separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
