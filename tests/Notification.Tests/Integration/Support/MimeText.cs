using System.Text;
using System.Text.RegularExpressions;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>Just enough MIME to read what System.Net.Mail writes: folded headers, encoded words, base64 and quoted-printable bodies.</summary>
internal static partial class MimeText
{
    public static ReceivedMail Parse(IReadOnlyList<string> recipients, string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? data : data[..split];
        var body = split < 0 ? "" : data[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Unfold(head).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = DecodeWords(line[(colon + 1)..].Trim());
            }
        }
        var encoding = headers.TryGetValue("Content-Transfer-Encoding", out var transfer) ? transfer.ToLowerInvariant() : "7bit";
        return new ReceivedMail(recipients, headers, DecodeBody(body, encoding));
    }

    private static string Unfold(string head) => FoldedLine().Replace(head, " ");

    private static string DecodeWords(string value) => EncodedWord().Replace(value, match =>
    {
        var charset = Encoding.GetEncoding(match.Groups["charset"].Value);
        var text = match.Groups["text"].Value;
        return match.Groups["kind"].Value.ToUpperInvariant() == "B"
            ? charset.GetString(Convert.FromBase64String(text))
            : charset.GetString(QuotedPrintable(text.Replace('_', ' ')));
    });

    private static string DecodeBody(string body, string encoding) => encoding switch
    {
        "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n")))),
        "quoted-printable" => Encoding.UTF8.GetString(QuotedPrintable(body.Replace("=\r\n", "", StringComparison.Ordinal))),
        _ => body,
    };

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return bytes.ToArray();
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex FoldedLine();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=\s*")]
    private static partial Regex EncodedWord();
}
