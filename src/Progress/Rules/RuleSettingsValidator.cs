namespace Telehealth.Progress.Rules;

/// <summary>Checks a therapist's changes to the defaults still make sense before any rule uses them.</summary>
public static class RuleSettingsValidator
{
    public static IReadOnlyList<FieldViolation> Validate(RuleSettings settings, string path = "Settings")
    {
        var violations = new List<FieldViolation>();
        void Require(bool valid, string field, string description)
        {
            if (!valid)
            {
                violations.Add(new($"{path}.{field}", description));
            }
        }

        var pain = settings.Pain;
        Require(PainScale.Contains(pain.SafeUpTo), "Pain.SafeUpTo", "must be on the 0–10 scale");
        Require(PainScale.Contains(pain.AcceptableUpTo) && pain.AcceptableUpTo >= pain.SafeUpTo, "Pain.AcceptableUpTo", "must be on the 0–10 scale and not below SafeUpTo");
        Require(pain.FlareRiseOf >= 1, "Pain.FlareRiseOf", "at least 1 point");
        Require(pain.NextDayToleranceAboveUsual >= 0, "Pain.NextDayToleranceAboveUsual", "cannot be negative");

        var adherence = settings.Adherence;
        Require(adherence.ShortWindowDays >= 1, "Adherence.ShortWindowDays", "at least 1 day");
        Require(adherence.LongWindowDays >= 1, "Adherence.LongWindowDays", "at least 1 day");
        Require(adherence.AlertWindowDays >= 1, "Adherence.AlertWindowDays", "at least 1 day");
        Require(adherence.AlertBelow is > 0m and <= 1m, "Adherence.AlertBelow", "a fraction above 0 and at most 1");

        var change = settings.MinimalImportantChange;
        Require(change.OswestryPoints > 0, "MinimalImportantChange.OswestryPoints", "must be above 0");
        Require(change.RolandMorrisPoints > 0, "MinimalImportantChange.RolandMorrisPoints", "must be above 0");
        Require(change.PainNrsPoints > 0, "MinimalImportantChange.PainNrsPoints", "must be above 0");
        Require(change.PainNrsPercent > 0, "MinimalImportantChange.PainNrsPercent", "must be above 0");

        var monitoring = settings.RemoteMonitoring;
        Require(monitoring.WindowDays >= 1, "RemoteMonitoring.WindowDays", "at least 1 day");
        Require(monitoring.RequiredDays >= 1 && monitoring.RequiredDays <= monitoring.WindowDays, "RemoteMonitoring.RequiredDays", "between 1 and the window's days");

        violations.AddRange(Validate(settings.Progression, $"{path}.Progression"));
        violations.AddRange(Validate(settings.Regression, $"{path}.Regression"));
        return violations;
    }

    public static IReadOnlyList<FieldViolation> Validate(ProgressionSettings p, string path)
    {
        var violations = new List<FieldViolation>();
        if (p.ConsecutiveSessions < 1) violations.Add(new($"{path}.ConsecutiveSessions", "at least 1 session"));
        if (p.DaysBetweenSteps < 0) violations.Add(new($"{path}.DaysBetweenSteps", "cannot be negative"));
        if (p.MaximalEffortRpe is < 1 or > 11) violations.Add(new($"{path}.MaximalEffortRpe", "must be 1–11 (11 ignores effort)"));
        if (p.LoadIncreasePercent <= 0) violations.Add(new($"{path}.LoadIncreasePercent", "must be above 0"));
        if (p.HoldIncreaseSeconds < 1) violations.Add(new($"{path}.HoldIncreaseSeconds", "at least 1 s"));
        if (p.HoldCeilingSeconds < 1) violations.Add(new($"{path}.HoldCeilingSeconds", "at least 1 s"));
        if (p.AerobicMinutesIncreasePercent <= 0) violations.Add(new($"{path}.AerobicMinutesIncreasePercent", "must be above 0"));
        return violations;
    }

    public static IReadOnlyList<FieldViolation> Validate(RegressionSettings r, string path)
    {
        var violations = new List<FieldViolation>();
        if (r.LoadDecreasePercent is <= 0 or > 100) violations.Add(new($"{path}.LoadDecreasePercent", "must be above 0 and at most 100"));
        if (r.RepsDecreasePercent is <= 0 or > 100) violations.Add(new($"{path}.RepsDecreasePercent", "must be above 0 and at most 100"));
        if (r.AerobicMinutesDecreasePercent is <= 0 or > 100) violations.Add(new($"{path}.AerobicMinutesDecreasePercent", "must be above 0 and at most 100"));
        if (r.HoldDecreasePercent is <= 0 or > 100) violations.Add(new($"{path}.HoldDecreasePercent", "must be above 0 and at most 100"));
        if (r.MinimumHoldSeconds < 1) violations.Add(new($"{path}.MinimumHoldSeconds", "at least 1 s"));
        return violations;
    }
}
