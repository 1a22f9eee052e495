using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using NodaTime;
using Register.Loading;
using Register.Loading.Binding;
using Register.Model;
using Register.Vocabulary;
using Register.Tests.Approval;

namespace Register.Tests.Loading;

/// <summary>
/// The binder's shapes are generated at build time (src/Register.Generators/ModelShapeGenerator.cs) instead of read by
/// reflection. These tests read every model record by reflection, as the binder did before, and check that the generated
/// shape says the same: the same keys in the same order with the same attributes and nullability, setters and getters that
/// reach the same properties, the same scalar and month forms, and enums with the names and values of Enum.GetNames.
/// </summary>
public sealed class ModelShapesTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> RecordTypes() =>
        [.. ModelRecords().Select(t => t.FullName!)];

    [Fact]
    public void Every_model_record_has_a_generated_shape()
    {
        var records = ModelRecords().ToList();
        Assert.True(records.Count > 30, $"only {records.Count} model records found");
        foreach (var type in records)
        {
            Assert.Same(type, TypeShape.Of(type).Type);
        }

        // The built-in vocabulary files are EmbeddedList<T> of a record: a shape for every record T may be.
        Assert.Same(typeof(EmbeddedList<VocabularyTerm>), TypeShape.Of(typeof(EmbeddedList<VocabularyTerm>)).Type);
        Assert.Same(typeof(EmbeddedList<Country>), TypeShape.Of(typeof(EmbeddedList<Country>)).Type);
        Assert.Throws<ArgumentException>(() => TypeShape.Of(typeof(string)));
        Assert.Throws<ArgumentException>(() => TypeShape.Of(typeof(ModelNode)));
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void A_generated_shape_has_the_keys_reflection_reads(string typeName)
    {
        var type = Record(typeName);
        var shape = TypeShape.Of(type);
        var properties = ReflectedProperties(type);

        Assert.Equal(properties.Select(p => p.Name), shape.Properties.Select(p => p.Name));
        foreach (var (property, generated) in properties.Zip(shape.Properties))
        {
            var what = $"{type.Name}.{property.Name}";
            Assert.True(property.PropertyType == generated.PropertyType, $"{what}: type {generated.PropertyType}, reflection {property.PropertyType}");
            Assert.Equal(Naming.ToYamlKey(property.Name), generated.Key);
            Assert.True(generated.IsRequired == property.GetCustomAttribute<RequiredAttribute>() is not null, $"{what}: required");
            Assert.True(generated.IsNullable == (Nullability.Create(property).WriteState == NullabilityState.Nullable), $"{what}: nullable");
            Assert.Equal(property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "", generated.Description);
            Assert.True(generated.PlainTextAllowed == property.GetCustomAttribute<PlainTextAllowedAttribute>() is not null, $"{what}: plain text");
            Assert.True(generated.SomeLanguages == property.IsDefined(typeof(SomeLanguagesAttribute), false), $"{what}: some languages");
            Assert.True(generated.InRecord == property.IsDefined(typeof(InRecordAttribute), false), $"{what}: in record");
            Assert.Equal(property.GetCustomAttribute<MonthPrecisionAttribute>()?.MonthProperty, generated.MonthProperty);
            Assert.True(generated.NoneForm == property.IsDefined(typeof(NoneFormAttribute), false), $"{what}: none form");
        }

        Assert.Equal(properties.Select(p => Naming.ToYamlKey(p.Name)).Order(StringComparer.Ordinal), shape.ByKey.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(type.GetCustomAttribute<ScalarFormAttribute>()?.Property, shape.ScalarForm?.Name);
        Assert.Equal((type.GetCustomAttribute<RefusedKeysAttribute>()?.Keys ?? []).Order(StringComparer.Ordinal), shape.Refused.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Generated_setters_and_getters_reach_the_properties_reflection_reaches(string typeName)
    {
        var type = Record(typeName);
        var shape = TypeShape.Of(type);
        var record = shape.Create();
        Assert.IsType(type, record);

        foreach (var (property, generated) in ReflectedProperties(type).Zip(shape.Properties))
        {
            // Through the generated setter, read back by reflection; then the other way round.
            var first = Sample(property.PropertyType, 1);
            generated.SetValue(record, first);
            Assert.Equal(first, property.GetValue(record));

            var second = Sample(property.PropertyType, 2);
            property.SetValue(record, second);
            Assert.Equal(second, generated.GetValue(record));

            // A value that did not bind (null) leaves the default, as PropertyInfo.SetValue(record, null) does.
            generated.SetValue(record, null);
            var expected = property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null ? Activator.CreateInstance(property.PropertyType) : null;
            Assert.Equal(expected, property.GetValue(record));
        }

        foreach (var month in shape.Properties.Select(p => p.MonthProperty).OfType<string>())
        {
            var value = new YearMonth(2021, 1);
            shape.SetMonth(record, value);
            Assert.Equal(value, type.GetProperty(month)!.GetValue(record));
        }
    }

    [Fact]
    public void Generated_enum_shapes_have_the_names_values_and_descriptions_of_the_enum()
    {
        var enums = ModelRecords().SelectMany(ReflectedProperties).Select(p => Element(p.PropertyType)).Where(t => t.IsEnum).Distinct().ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            var shape = EnumShape.Of(type);
            Assert.Equal(Enum.GetNames(type), shape.Names);
            Assert.Equal(Enum.GetValues(type).Cast<object>(), shape.Values);
            Assert.Equal(Enum.GetNames(type).Select(Naming.ToYamlKey), shape.Choices);
            Assert.Equal(Enum.GetNames(type).Select(n => type.GetField(n)!.GetCustomAttribute<DescriptionAttribute>()?.Description ?? ""), shape.Descriptions);
        }
    }

    [Fact]
    public void Generated_list_factories_make_a_list_of_each_item_type_the_model_uses()
    {
        var items = ModelRecords().SelectMany(ReflectedProperties).Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(t => t.GetGenericArguments()[0]).Distinct().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.IsType(typeof(List<>).MakeGenericType(item), ModelShapes.NewList(item));
        }
    }

    [Fact]
    public void The_example_register_reads_to_the_same_values_through_shapes_and_reflection()
    {
        var loaded = RegisterLoader.Load(Path.Combine(Approver.RepoRoot, "register"));
        Assert.NotNull(loaded.Register);
        var register = loaded.Register;
        var roots = new List<ModelNode> { register.Organisation, register.Vocabulary };
        roots.AddRange(register.Activities);
        roots.AddRange(register.Notices);
        var pending = new Stack<ModelNode>(roots);
        var compared = 0;
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var (property, generated) in ReflectedProperties(node.GetType()).Zip(TypeShape.Of(node.GetType()).Properties))
            {
                var value = property.GetValue(node);
                if (value is ValueType)
                {
                    Assert.Equal(value, generated.GetValue(node));
                }
                else
                {
                    Assert.Same(value, generated.GetValue(node));
                }

                compared++;
                foreach (var child in value switch { ModelNode one => [one], System.Collections.IEnumerable many and not string => many.OfType<ModelNode>(), _ => [] })
                {
                    if (child is not LocalizedText)
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        Assert.True(compared > 1000, $"only {compared} values compared");
    }

    // The binder's rule before the shapes were generated: public settable instance properties, not ModelNode's, not [NotInFile].
    private static List<PropertyInfo> ReflectedProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType != typeof(ModelNode) && p.GetCustomAttribute<NotInFileAttribute>() is null)];

    // Every record of the assembly (Register.Model's and the vocabulary's), and the vocabulary files' EmbeddedList<T> of two.
    private static IEnumerable<Type> ModelRecords() =>
        typeof(ModelNode).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && t.IsSubclassOf(typeof(ModelNode)))
            .Append(typeof(EmbeddedList<VocabularyTerm>))
            .Append(typeof(EmbeddedList<SupervisoryAuthority>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type Record(string fullName) => ModelRecords().Single(t => t.FullName == fullName);

    private static Type Element(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? underlying.GetGenericArguments()[0] : underlying;
    }

    // A value of the type that differs between n = 1 and n = 2 (a new object for reference types, so Equal means the same one).
    private static object Sample(Type type, int n)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "value " + n;
        }

        if (underlying == typeof(bool))
        {
            return n == 1;
        }

        if (underlying == typeof(int))
        {
            return n + 40;
        }

        if (underlying == typeof(LocalDate))
        {
            return new LocalDate(2026, 3, n);
        }

        if (underlying == typeof(YearMonth))
        {
            return new YearMonth(2026, n);
        }

        if (underlying == typeof(NodaTime.Period))
        {
            return NodaTime.Period.FromDays(n);
        }

        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying);
            return values.GetValue(n % values.Length)!;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(underlying.GetGenericArguments()[0]))!;
            list.Add(Sample(underlying.GetGenericArguments()[0], n));
            return list;
        }

        if (underlying == typeof(IReadOnlyDictionary<string, string>))
        {
            return new Dictionary<string, string> { ["nl"] = "tekst " + n };
        }

        if (typeof(ModelNode).IsAssignableFrom(underlying))
        {
            return (ModelNode)Activator.CreateInstance(underlying)! with { At = new Register.Diagnostics.SourceLocation("file" + n + ".yaml", n, 1) };
        }

        throw new NotSupportedException($"No sample value for {type}.");
    }
}
