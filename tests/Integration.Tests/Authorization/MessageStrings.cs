using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>Every string in a message, however deep, with the field it is in: what an answer says in words and ids.</summary>
internal static class MessageStrings
{
    public static IEnumerable<(FieldDescriptor Field, string Value)> Of(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            var values = field.IsMap ? ((IDictionary)value).Values.Cast<object>()
                : field.IsRepeated ? ((IList)value).Cast<object>()
                : value is null ? [] : [value];
            foreach (var item in values)
            {
                switch (item)
                {
                    case string text:
                        yield return (field, text);
                        break;
                    case IMessage nested:
                        foreach (var inner in Of(nested))
                        {
                            yield return inner;
                        }
                        break;
                }
            }
        }
    }
}
