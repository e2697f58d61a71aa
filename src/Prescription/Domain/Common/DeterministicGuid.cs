using System.Security.Cryptography;
using System.Text;

namespace Telehealth.Prescription.Domain;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same namespace and name always give the same id,
/// so built-in content can be seeded again and again without creating duplicates.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);

        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        // SHA-1 is what version 5 specifies; it names things here, it protects nothing.
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
