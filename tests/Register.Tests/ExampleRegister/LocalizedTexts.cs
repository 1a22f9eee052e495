using System.Collections;
using Register.Model;

namespace Register.Tests.ExampleRegister;

/// <summary>Finds every language map in a loaded register by walking the model's properties.</summary>
public static class LocalizedTexts
{
    public static IReadOnlyList<LocalizedText> In(RegisterModel register)
    {
        var found = new List<LocalizedText>();
        object[] roots =
        [
            register.Organisation, register.Activities, register.Recipients, register.Measures,
            register.Vocabulary, register.Notices, register.Changes,
        ];
        foreach (var root in roots)
        {
            Walk(root, found);
        }

        return found;
    }

    private static void Walk(object? value, List<LocalizedText> found)
    {
        switch (value)
        {
            case null or string:
                return;
            case LocalizedText text:
                found.Add(text);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, found);
                }

                return;
            case ModelNode node:
                foreach (var property in node.GetType().GetProperties())
                {
                    if (property.DeclaringType != typeof(ModelNode) && property.GetIndexParameters().Length == 0)
                    {
                        Walk(property.GetValue(node), found);
                    }
                }

                return;
        }
    }
}
