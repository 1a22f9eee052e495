using System.Collections.Concurrent;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Register.Model;

namespace Register.Loading.Binding;

/// <summary>The keys of a model record as YAML sees them: built once per type from the record's properties.</summary>
public sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();

    private TypeShape(Type type)
    {
        Type = type;
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType != typeof(ModelNode) && p.GetCustomAttribute<NotInFileAttribute>() is null)
            .Select(p => new PropertyShape(p))
            .ToList();
        ByKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
        ScalarForm = type.GetCustomAttribute<ScalarFormAttribute>() is { } form
            ? Properties.Single(p => p.Property.Name == form.Property)
            : null;
        Refused = type.GetCustomAttribute<RefusedKeysAttribute>() is { } refused
            ? refused.Keys.ToHashSet(StringComparer.Ordinal)
            : [];
    }

    public Type Type { get; }

    /// <summary>Keys this kind of entry cannot have, refused with the reason (REG272) rather than as unknown.</summary>
    public IReadOnlySet<string> Refused { get; }

    public IReadOnlyList<PropertyShape> Properties { get; }

    public IReadOnlyDictionary<string, PropertyShape> ByKey { get; }

    /// <summary>The property a plain-text value fills, for types that may be written as a bare value.</summary>
    public PropertyShape? ScalarForm { get; }

    public static TypeShape Of(Type type) => Cache.GetOrAdd(type, t => new TypeShape(t));
}

/// <summary>One key of a model record.</summary>
public sealed class PropertyShape
{
    private static readonly NullabilityInfoContext Nullability = new();

    internal PropertyShape(PropertyInfo property)
    {
        Property = property;
        Key = Naming.ToYamlKey(property.Name);
        IsRequired = property.GetCustomAttribute<RequiredAttribute>() is not null;
        Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
        PlainTextAllowed = property.GetCustomAttribute<PlainTextAllowedAttribute>() is not null;
        MonthProperty = property.GetCustomAttribute<MonthPrecisionAttribute>() is { } month
            ? property.DeclaringType!.GetProperty(month.MonthProperty)
            : null;
        lock (Nullability)
        {
            IsNullable = Nullability.Create(property).WriteState == NullabilityState.Nullable;
        }
    }

    public PropertyInfo Property { get; }

    public string Key { get; }

    public bool IsRequired { get; }

    public bool IsNullable { get; }

    public string Description { get; }

    /// <summary>A text that may be written once as plain text, the same in every language.</summary>
    public bool PlainTextAllowed { get; }

    /// <summary>For a date that may be written as a month: the property that keeps the month.</summary>
    public PropertyInfo? MonthProperty { get; }
}
