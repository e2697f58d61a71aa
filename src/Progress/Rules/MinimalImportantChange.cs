namespace Telehealth.Progress.Rules;

/// <summary>
/// Minimal important change (Ostelo et al., Spine 2008): ODI 10 points, Roland-Morris 5,
/// pain NRS 2 points or 30 %. The 30 % applies to improvement only: on a low baseline a
/// one-point rise is already 30 % or more, which is noise, not a real worsening.
/// </summary>
public static class MinimalImportantChange
{
    public static MinimalImportantChangeResult ForOswestry(decimal baseline, decimal followUp, MinimalImportantChangeSettings settings)
    {
        RequireRange(baseline, 0, 100, nameof(baseline));
        RequireRange(followUp, 0, 100, nameof(followUp));
        return ByPoints(OutcomeMeasure.OswestryDisabilityIndex, "Oswestry Disability Index", baseline, followUp, settings.OswestryPoints, " %");
    }

    public static MinimalImportantChangeResult ForRolandMorris(int baseline, int followUp, MinimalImportantChangeSettings settings)
    {
        RequireRange(baseline, 0, RolandMorrisQuestionnaire.ItemCount, nameof(baseline));
        RequireRange(followUp, 0, RolandMorrisQuestionnaire.ItemCount, nameof(followUp));
        return ByPoints(OutcomeMeasure.RolandMorris, "Roland-Morris score", baseline, followUp, settings.RolandMorrisPoints, "");
    }

    public static MinimalImportantChangeResult ForPain(int baseline, int followUp, MinimalImportantChangeSettings settings)
    {
        PainScale.Require(baseline, nameof(baseline));
        PainScale.Require(followUp, nameof(followUp));
        var fall = baseline - followUp;
        var byPoints = fall >= settings.PainNrsPoints;
        var byPercent = baseline > 0 && fall > 0 && fall * 100m / baseline >= settings.PainNrsPercent;
        var worse = -fall >= settings.PainNrsPoints;

        var change = Movement("Pain", baseline, followUp, "/10");
        var explanation = (byPoints, byPercent, worse) switch
        {
            (true, _, _) => $"{change}: reaches the minimal important change of {Wording.Points(settings.PainNrsPoints)}, a real improvement.",
            (false, true, _) => $"{change}, {Wording.Number(Math.Round(fall * 100m / baseline, 0))} % of the baseline: reaches the minimal important change of {Wording.Number(settings.PainNrsPercent)} %, a real improvement.",
            (_, _, true) => $"{change}: reaches the minimal important change of {Wording.Points(settings.PainNrsPoints)}, a real worsening.",
            _ => $"{change}: less than the minimal important change of {Wording.Points(settings.PainNrsPoints)} or {Wording.Number(settings.PainNrsPercent)} %.",
        };
        return new MinimalImportantChangeResult(OutcomeMeasure.PainNrs, baseline, followUp, byPoints || byPercent, worse, explanation);
    }

    private static MinimalImportantChangeResult ByPoints(OutcomeMeasure measure, string name, decimal baseline, decimal followUp, decimal threshold, string unit)
    {
        var improved = baseline - followUp >= threshold;
        var worsened = followUp - baseline >= threshold;
        var change = Movement(name, baseline, followUp, unit);
        var verdict = improved ? "a real improvement" : worsened ? "a real worsening" : null;
        var explanation = verdict is null
            ? $"{change}: less than the minimal important change of {Wording.Points(threshold)}."
            : $"{change}: reaches the minimal important change of {Wording.Points(threshold)}, {verdict}.";
        return new MinimalImportantChangeResult(measure, baseline, followUp, improved, worsened, explanation);
    }

    private static string Movement(string name, decimal baseline, decimal followUp, string unit)
    {
        var difference = Math.Abs(followUp - baseline);
        var direction = followUp < baseline ? "fell" : followUp > baseline ? "rose" : "did not change";
        var by = difference == 0 ? "" : $" by {Wording.Points(difference)}";
        return $"{name} {direction}{by} ({Wording.Number(baseline)}{unit} → {Wording.Number(followUp)}{unit})";
    }

    private static void RequireRange(decimal value, decimal min, decimal max, string field)
    {
        if (value < min || value > max)
        {
            throw new InvalidRuleInputException(field, $"{Wording.Number(value)} is outside {Wording.Number(min)}–{Wording.Number(max)}");
        }
    }
}
