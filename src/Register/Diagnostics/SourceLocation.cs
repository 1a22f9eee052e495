namespace Register.Diagnostics;

/// <summary>A place in a register file: repository-relative path with '/', 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column) : IComparable<SourceLocation>
{
    /// <summary>A location for a whole file, before any line.</summary>
    public static SourceLocation OfFile(string file) => new(file, 1, 1);

    public int CompareTo(SourceLocation other)
    {
        var byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public override string ToString() => $"{File}:{Line}:{Column}";
}
