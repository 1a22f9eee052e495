using YamlDotNet.RepresentationModel;

return args switch
{
    ["start"] => 0,
    ["yaml", var folder] => YamlOnly.Parse(folder),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Register.Baselines start | yaml FOLDER");
    return 2;
}

/// <summary>Parses every YAML file of a register into YamlDotNet's node tree and nothing more.</summary>
internal static class YamlOnly
{
    public static int Parse(string folder)
    {
        var nodes = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            var stream = new YamlStream();
            stream.Load(reader);
            nodes += stream.Documents.Sum(d => d.AllNodes.Count());
        }

        Console.WriteLine($"{nodes} nodes");
        return 0;
    }
}
