using System.Text;

namespace Register.Schema;

/// <summary>Writes the schema of every register file kind into a folder.</summary>
public static class SchemaWriter
{
    /// <summary>The folder, relative to a register folder, where the register keeps its copy of the schemas.</summary>
    public const string RegisterFolder = "schema";

    /// <summary>Writes <c>&lt;kind&gt;.schema.json</c> for every kind; returns the paths written, in order.</summary>
    /// <param name="directory">The folder to write into (created if missing).</param>
    /// <param name="ids">The ids to offer (a register's, or the built-in ones); null for the shape only.</param>
    public static IReadOnlyList<string> Write(string directory, SchemaIds? ids = null)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var kind in RegisterFileKind.All)
        {
            var path = Path.Combine(directory, kind.SchemaFileName);
            File.WriteAllText(path, RegisterSchema.Render(kind, ids), new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The first line a register file writes so YAML editors find its schema.</summary>
    public static string ModelineFor(RegisterFileKind kind) =>
        $"# yaml-language-server: $schema={(kind == RegisterFileKind.Activity ? "../" : "")}{RegisterFolder}/{kind.SchemaFileName}";
}
