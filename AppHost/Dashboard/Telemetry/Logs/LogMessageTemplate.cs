namespace Telehealth.AppHost.Dashboard.Telemetry.Logs;

/// <summary>
/// .NET's OTLP exporter sends the message template ("Report {ReportId} accepted") as the body and the
/// values as attributes; operators want to read the sentence, so the placeholders are filled in here.
/// </summary>
internal static class LogMessageTemplate
{
    public static string Render(string template, IReadOnlyList<TelemetryAttribute> attributes)
    {
        if (!template.Contains('{'))
        {
            return template;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            values.TryAdd(attribute.Key, attribute.Value);
        }
        var text = new System.Text.StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }
            if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                text.Append('}');
                i++;
                continue;
            }
            var close = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                text.Append(c);
                continue;
            }
            var hole = template[(i + 1)..close];
            // "{Elapsed:0.0}" and "{Name,10}" name the value before the format or alignment.
            var name = hole.Split(':', ',')[0].TrimStart('@', '$');
            if (values.TryGetValue(name, out var value))
            {
                text.Append(value);
            }
            else
            {
                text.Append(template, i, close - i + 1);
            }
            i = close;
        }
        return text.ToString();
    }
}
