using System.Collections.Concurrent;
using Register.Model;

namespace Register.Loading.Binding;

/// <summary>
/// The keys of a model record as YAML sees them, with a factory, a getter and a setter for each. Written at build time
/// by src/Register.Generators (<see cref="ModelShapes"/>) from the record's properties, so binding a file uses no
/// reflection; a test checks every shape against what reflection reads from the record.
/// </summary>
public sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();
    private static readonly IReadOnlySet<string> NoneRefused = new HashSet<string>(StringComparer.Ordinal);

    private readonly Func<ModelNode> _create;
    private readonly Func<ModelNode, int, object?> _get;
    private readonly Action<ModelNode, int, object?> _set;
    private readonly Action<ModelNode, object?>? _setMonth;

    internal TypeShape(Type type, Func<ModelNode> create, string? scalarForm, string[]? refused, PropertyShape[] properties,
        Func<ModelNode, int, object?> get, Action<ModelNode, int, object?> set, Action<ModelNode, object?>? setMonth = null)
    {
        Type = type;
        _create = create;
        _get = get;
        _set = set;
        _setMonth = setMonth;
        Properties = properties;
        ByKey = properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            property.Owner = this;
        }

        ScalarForm = scalarForm is null ? null : properties.Single(p => p.Name == scalarForm);
        Refused = refused is null ? NoneRefused : refused.ToHashSet(StringComparer.Ordinal);
    }

    public Type Type { get; }

    /// <summary>Keys this kind of entry cannot have, refused with the reason (REG272) rather than as unknown (<see cref="RefusedKeysAttribute"/>).</summary>
    public IReadOnlySet<string> Refused { get; }

    public IReadOnlyList<PropertyShape> Properties { get; }

    public IReadOnlyDictionary<string, PropertyShape> ByKey { get; }

    /// <summary>The property a plain-text value fills, for types that may be written as a bare value.</summary>
    public PropertyShape? ScalarForm { get; }

    public static TypeShape Of(Type type) => Cache.GetOrAdd(type, t => ModelShapes.Create(t)
        ?? throw new ArgumentException($"{t} is not a record of the register model (Register.Model, derived from ModelNode).", nameof(type)));

    /// <summary>The property with this C# name, or null.</summary>
    public PropertyShape? Named(string name) => Properties.FirstOrDefault(p => p.Name == name);

    /// <summary>A new record with every property at its default.</summary>
    internal ModelNode Create() => _create();

    internal object? Get(ModelNode node, int index) => _get(node, index);

    internal void Set(ModelNode node, int index, object? value) => _set(node, index, value);

    internal void SetMonth(ModelNode node, object? value) =>
        (_setMonth ?? throw new InvalidOperationException($"{Type.Name} has no month property."))(node, value);
}

/// <summary>One key of a model record.</summary>
public sealed class PropertyShape
{
    internal PropertyShape(int index, string name, Type propertyType, bool isRequired, bool isNullable, string description,
        bool plainTextAllowed, bool someLanguages, bool inRecord, string? monthProperty, bool noneForm)
    {
        Index = index;
        Name = name;
        Key = Naming.ToYamlKey(name);
        PropertyType = propertyType;
        IsRequired = isRequired;
        IsNullable = isNullable;
        Description = description;
        PlainTextAllowed = plainTextAllowed;
        SomeLanguages = someLanguages;
        InRecord = inRecord;
        MonthProperty = monthProperty;
        NoneForm = noneForm;
    }

    /// <summary>The C# property name.</summary>
    public string Name { get; }

    public string Key { get; }

    /// <summary>The property's declared type (<c>Nullable&lt;T&gt;</c> for an optional value type).</summary>
    public Type PropertyType { get; }

    public bool IsRequired { get; }

    public bool IsNullable { get; }

    public string Description { get; }

    /// <summary>A text that may be written once as plain text, the same in every language.</summary>
    public bool PlainTextAllowed { get; }

    /// <summary>A text that may leave languages out (<see cref="SomeLanguagesAttribute"/>).</summary>
    public bool SomeLanguages { get; }

    /// <summary>A text the Art. 30 record prints (<see cref="InRecordAttribute"/>).</summary>
    public bool InRecord { get; }

    /// <summary>For a date that may be written as a month: the name of the property that keeps the month.</summary>
    public string? MonthProperty { get; }

    /// <summary>A list that may be written as 'none' (<see cref="NoneFormAttribute"/>): empty when stated, null when left out.</summary>
    public bool NoneForm { get; }

    internal int Index { get; }

    internal TypeShape Owner { get; set; } = null!;

    /// <summary>The property's value in <paramref name="node"/>, a record of this shape's type.</summary>
    public object? GetValue(ModelNode node) => Owner.Get(node, Index);

    internal void SetValue(ModelNode node, object? value) => Owner.Set(node, Index, value);
}

/// <summary>The YAML choices of an enum the model uses, in the order of <see cref="Enum.GetNames(Type)"/>, their values and descriptions.</summary>
public sealed class EnumShape
{
    private static readonly ConcurrentDictionary<Type, EnumShape> Cache = new();

    internal EnumShape(Type type, string[] names, object[] values, string[] descriptions)
    {
        Type = type;
        Names = names;
        Choices = [.. names.Select(Naming.ToYamlKey)];
        Values = values;
        Descriptions = descriptions;
    }

    public Type Type { get; }

    /// <summary>The C# names.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names as YAML writes them (snake_case).</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>The boxed values, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<object> Values { get; }

    /// <summary>Each value's <see cref="System.ComponentModel.DescriptionAttribute"/> text (what the schema offers editors), "" when it has none.</summary>
    public IReadOnlyList<string> Descriptions { get; }

    public static EnumShape Of(Type type) => Cache.GetOrAdd(type, t => ModelShapes.Enum(t)
        ?? throw new ArgumentException($"{t} is not an enum the register model uses.", nameof(type)));
}

/// <summary>What src/Register.Generators writes from the model (ModelShapes.g.cs): shapes, list factories and enum values.</summary>
internal static partial class ModelShapes;
