namespace Register.Output;

/// <summary>A file in the output folder that the build would replace or remove but does not own, why, and whether --force may take it over.</summary>
public sealed record OutputConflict(string Path, string Reason, bool Forceable = true);
