using System.Globalization;
using Register.Diagnostics;
using Register.Loading.Yaml;
using Register.Model;
using NodaTime;
using NodaTime.Text;

namespace Register.Loading.Binding;

/// <summary>
/// Fills model records from <see cref="YNode"/>s by their property shapes, reporting every unknown key, wrong type,
/// missing field and bad value as a diagnostic. Only the model's own types are ever created.
/// </summary>
public sealed class ModelBinder(DiagnosticBag diagnostics)
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    public T Bind<T>(YNode node)
        where T : ModelNode, new() => (T)BindRecord(typeof(T), node, "the file", out _);

    private ModelNode BindRecord(Type type, YNode node, string what, out bool readable)
    {
        readable = true;
        var shape = TypeShape.Of(type);
        var record = shape.Create();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);

        if (node is YScalar scalar && shape.ScalarForm is { } form && !scalar.IsNull)
        {
            form.SetValue(record, BindValue(form, scalar, what));
            locations[form.Key] = scalar.At;
            return record with { At = node.At, Locations = SourceLocations.From(locations) };
        }

        if (node is not YMapping mapping)
        {
            var example = shape.ScalarForm is null ? "a set of 'key: value' lines" : $"a {shape.ScalarForm.Key} or a set of 'key: value' lines";
            diagnostics.Report(Rules.WrongType, node.At,
                $"{Capitalise(what)} should be {example}, but here it is {Article(node.KindName)}.",
                $"Write {what} as indented 'key: value' lines; see docs/register-format.md.");
            readable = false;
            return record with { At = node.At };
        }

        foreach (var entry in mapping.Entries)
        {
            if (!shape.ByKey.TryGetValue(entry.Key.Value, out var property) && shape.Refused.Contains(entry.Key.Value))
            {
                diagnostics.Report(Rules.ThirdPartyPageProcessing, entry.Key.At,
                    $"'{entry.Key.Value}' does not belong in {what}: a link to a third party's page passes no personal data to you, so it has no purposes, legal basis, recipients, transfers or retention.",
                    $"Remove '{entry.Key.Value}:'. If personal data do reach you or the third party through your website (a like button, a tracking pixel, an embedded video or map), that is processing: describe it as an activity in activities/ with its purposes, recipients and cookies, and cover it in the notice.");
                continue;
            }

            if (property is null)
            {
                var known = shape.Properties.Select(p => p.Key).ToList();
                diagnostics.Report(Rules.UnknownKey, entry.Key.At,
                    $"'{entry.Key.Value}' is not a known key in {what}.{Suggestions.DidYouMean(entry.Key.Value, known)}",
                    $"Use one of: {string.Join(", ", known)}.");
                continue;
            }

            if (entry.Value is YScalar { IsNull: true } && !property.IsRequired)
            {
                locations[property.Key] = entry.Value.At;
                continue;
            }

            if (property.MonthProperty is not null && entry.Value is YScalar monthScalar && MonthPattern.Parse(monthScalar.Value) is { Success: true } month)
            {
                shape.SetMonth(record, month.Value);
                property.SetValue(record, month.Value.ToDateInterval().End);
                locations[property.Key] = entry.Value.At;
                continue;
            }

            // Only values that bound get a location, so the validator can tell a value written from a default left by an error.
            var value = BindValue(property, entry.Value, $"'{property.Key}'");
            if (value is not null)
            {
                property.SetValue(record, value);
                locations[property.Key] = entry.Value.At;
                AddItemLocations(locations, property, entry.Value);
            }
            else
            {
                rejected.Add(property.Key);
            }
        }

        foreach (var property in shape.Properties.Where(p => p.IsRequired))
        {
            var entry = mapping.Find(property.Key);
            if (entry is null || entry.Value is YScalar { IsNull: true })
            {
                diagnostics.Report(Rules.MissingField, entry?.Key.At ?? mapping.At,
                    $"{Capitalise(what)} has no '{property.Key}'{(entry is null ? "" : " value")}: {Lower(property.Description)}",
                    $"Add '{property.Key}:' with a value to {what}.");
            }
        }

        return record with { At = mapping.At, Locations = SourceLocations.From(locations), Rejected = rejected.Count == 0 ? ModelNode.NoneRejected : rejected };
    }

    // Lists of ids have no node of their own per item, so keep each bound item's place as "key[index]" for the validator.
    private static void AddItemLocations(Dictionary<string, SourceLocation> locations, PropertyShape property, YNode value)
    {
        if (value is not YSequence sequence || property.PropertyType != typeof(IReadOnlyList<string>))
        {
            return;
        }

        var index = 0;
        foreach (var item in sequence.Items)
        {
            if (item is YScalar { IsNull: false })
            {
                locations[ModelNode.ItemKey(property.Key, index++)] = item.At;
            }
        }
    }

    private object? BindValue(PropertyShape property, YNode node, string what)
    {
        if (property.PlainTextAllowed && node is YScalar { IsNull: false } plain)
        {
            return new LocalizedText { Invariant = plain.Value, At = plain.At };
        }

        // 'cookies: none' states that there are none: an empty list, told apart from a list left out (null).
        if (property.NoneForm && node is YScalar { IsNull: false } word)
        {
            if (word.Value == "none")
            {
                return ModelShapes.NewList(property.PropertyType.GetGenericArguments()[0]);
            }

            diagnostics.Report(Rules.WrongType, word.At,
                $"{Capitalise(what)} should be a list or the word none, but here it is '{word.Value}'.",
                $"Write 'none' if there are none, or each item of {what} on its own line starting with '- '.");
            return null;
        }

        return BindValue(property.PropertyType, node, what);
    }

    private object? BindValue(Type type, YNode node, string what)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(LocalizedText))
        {
            return BindText(node, what);
        }

        if (underlying == typeof(IsoPeriod))
        {
            return BindPeriod(node, what);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return BindList(underlying.GetGenericArguments()[0], node, what);
        }

        if (typeof(ModelNode).IsAssignableFrom(underlying))
        {
            var record = BindRecord(underlying, node, what, out var readable);
            return readable ? record : null;
        }

        if (node is not YScalar scalar)
        {
            diagnostics.Report(Rules.WrongType, node.At,
                $"{Capitalise(what)} should be {ExpectedScalar(underlying)}, but here it is {Article(node.KindName)}.",
                $"Write {what} as a single value on the same line as its key.");
            return null;
        }

        if (scalar.IsNull)
        {
            return null;
        }

        return underlying switch
        {
            _ when underlying == typeof(string) => scalar.Value,
            _ when underlying == typeof(bool) => BindBool(scalar, what),
            _ when underlying == typeof(int) => BindInt(scalar, what),
            _ when underlying == typeof(LocalDate) => BindDate(scalar, what),
            { IsEnum: true } => BindEnum(underlying, scalar, what),
            _ => throw new NotSupportedException($"The model uses a type the binder does not know: {underlying}."),
        };
    }

    private object? BindList(Type itemType, YNode node, string what)
    {
        var list = ModelShapes.NewList(itemType) ?? throw new NotSupportedException($"The model uses a list the binder does not know: {itemType}.");
        if (node is YScalar { IsNull: true })
        {
            return list;
        }

        if (node is not YSequence sequence)
        {
            diagnostics.Report(Rules.WrongType, node.At,
                $"{Capitalise(what)} should be a list, but here it is {Article(node.KindName)}.",
                $"Write each item of {what} on its own line starting with '- ', or as [a, b].");
            return null;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = BindValue(itemType, sequence.Items[i], $"item {i + 1} of {what}");
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    // A text's version for the Art. 30 record, one level deep: 'record:' with its own language lines (LocalizedText.Record).
    private const string RecordKey = "record";
    private const string RecordWhat = "the record version of ";

    private LocalizedText? BindText(YNode node, string what)
    {
        if (node is not YMapping mapping)
        {
            diagnostics.Report(Rules.WrongType, node.At,
                $"{Capitalise(what)} should be a text per language, but here it is {Article(node.KindName)}.",
                $"Write {what} with one line per language, indented below it: 'nl: …', 'de: …', 'en: …'.");
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        LocalizedText? record = null;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == RecordKey && entry.Value is YMapping && !what.StartsWith(RecordWhat, StringComparison.Ordinal))
            {
                record = BindText(entry.Value, RecordWhat + what);
                continue;
            }

            if (entry.Value is not YScalar scalar || scalar.IsNull)
            {
                diagnostics.Report(Rules.WrongType, entry.Value.At,
                    $"The '{entry.Key.Value}' text of {what} should be text, but here it is {Article(entry.Value.KindName)}.",
                    "Write the text on the same line after the language code, or as a block with '|' for several paragraphs.");
                continue;
            }

            values[entry.Key.Value] = scalar.Value;
            locations[entry.Key.Value] = scalar.At;
        }

        return new LocalizedText { Values = LanguageTexts.From(values), Record = record, At = mapping.At, Locations = SourceLocations.From(locations) };
    }

    private IsoPeriod? BindPeriod(YNode node, string what)
    {
        if (node is not YScalar scalar || scalar.IsNull)
        {
            diagnostics.Report(Rules.WrongType, node.At,
                $"{Capitalise(what)} should be an ISO 8601 period such as P3Y, but here it is {Article(node.KindName)}.",
                "Write a period: P3Y (3 years), P6M (6 months), P30D (30 days), P1Y6M (18 months).");
            return null;
        }

        if (scalar.Value == "unlimited")
        {
            return new IsoPeriod { Text = scalar.Value, At = scalar.At };
        }

        var parsed = PeriodPattern.NormalizingIso.Parse(scalar.Value);
        if (!parsed.Success || !scalar.Value.StartsWith('P') || parsed.Value.HasTimeComponent && parsed.Value.HasDateComponent)
        {
            diagnostics.Report(Rules.InvalidPeriod, scalar.At,
                $"'{scalar.Value}' in {what} is not an ISO 8601 period.",
                "Write it as P followed by a number and a unit: P3Y (3 years), P6M (6 months), P2W (2 weeks), P30D (30 days).");
            return null;
        }

        return new IsoPeriod { Text = scalar.Value, Value = PeriodPattern.NormalizingIso.Parse(scalar.Value).Value, At = scalar.At };
    }

    private object? BindBool(YScalar scalar, string what)
    {
        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                diagnostics.Report(Rules.WrongType, scalar.At,
                    $"{Capitalise(what)} should be true or false, but here it is '{scalar.Value}'.",
                    "Write true or false (without quotes).");
                return null;
        }
    }

    private object? BindInt(YScalar scalar, string what)
    {
        if (int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Report(Rules.WrongType, scalar.At,
            $"{Capitalise(what)} should be a whole number, but here it is '{scalar.Value}'.",
            "Write a whole number such as 3.");
        return null;
    }

    private object? BindDate(YScalar scalar, string what)
    {
        var parsed = DatePattern.Parse(scalar.Value);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        diagnostics.Report(Rules.InvalidDate, scalar.At,
            $"'{scalar.Value}' in {what} is not a valid date.",
            "Write the date as year-month-day, e.g. 2026-03-14.");
        return null;
    }

    private object? BindEnum(Type type, YScalar scalar, string what)
    {
        var shape = EnumShape.Of(type);
        var choices = shape.Choices;
        for (var index = 0; index < choices.Count; index++)
        {
            if (choices[index] == scalar.Value)
            {
                return shape.Values[index];
            }
        }

        diagnostics.Report(Rules.InvalidChoice, scalar.At,
            $"'{scalar.Value}' is not a valid value for {what}.{Suggestions.DidYouMean(scalar.Value, choices)}",
            $"Use one of: {string.Join(", ", choices)}.");
        return null;
    }

    private static string ExpectedScalar(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(LocalDate) => "a date (2026-03-14)",
        { IsEnum: true } => "one of: " + string.Join(", ", EnumShape.Of(type).Choices),
        _ => "a single text value",
    };

    private static string Article(string kind) =>
        kind.StartsWith("nothing", StringComparison.Ordinal) ? kind : ("aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an " : "a ") + kind;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
