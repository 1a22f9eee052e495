using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Register.Tests.Schema;

/// <summary>
/// Reads YAML as a YAML 1.2 editor does before checking it against a JSON Schema: plain scalars typed by the core schema
/// (null, true/false, numbers), everything quoted or in a block stays text.
/// </summary>
internal static partial class YamlAsJson
{
    public static JToken Parse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            return JValue.CreateNull();
        }

        parser.Consume<DocumentStart>();
        var value = ReadNode(parser, new Dictionary<string, JToken>(StringComparer.Ordinal));
        parser.Consume<DocumentEnd>();
        return value;
    }

    private static JToken ReadNode(IParser parser, Dictionary<string, JToken> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors[alias.Value.Value].DeepClone();
        }

        JToken value;
        var anchor = parser.Current is NodeEvent node && !node.Anchor.IsEmpty ? node.Anchor.Value : null;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            value = scalar.Style == ScalarStyle.Plain ? Plain(scalar.Value) : new JValue(scalar.Value);
        }
        else if (parser.TryConsume<SequenceStart>(out _))
        {
            var array = new JArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, anchors));
            }

            value = array;
        }
        else
        {
            parser.Consume<MappingStart>();
            var obj = new JObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                obj[key] = ReadNode(parser, anchors);
            }

            value = obj;
        }

        if (anchor is not null)
        {
            anchors[anchor] = value;
        }

        return value;
    }

    private static JValue Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => JValue.CreateNull(),
        "true" or "True" or "TRUE" => new JValue(true),
        "false" or "False" or "FALSE" => new JValue(false),
        _ when IntegerForm().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => new JValue(n),
        _ when FloatForm().IsMatch(text) => new JValue(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => new JValue(text),
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatForm();
}
