using System.Text;

namespace Telehealth.Prescription.Domain;

/// <summary>Enum values as the API spells them (<c>LumbarStrengthening</c> → <c>lumbar_strengthening</c>).</summary>
internal static class EnumText
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
