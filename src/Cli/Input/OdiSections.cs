namespace Telehealth.Cli.Input;

/// <summary>
/// The ten sections of the Oswestry Disability Index, each scored 0 (no difficulty) to 5 (the most),
/// in the questionnaire's order; the option names are the sections'.
/// </summary>
internal static class OdiSections
{
    public static IReadOnlyList<OdiSection> All { get; } =
    [
        new("pain-intensity", "Pain intensity", "no pain at the moment", "the worst imaginable pain"),
        new("personal-care", "Personal care (washing, dressing)", "normal, without extra pain", "I cannot; I stay in bed"),
        new("lifting", "Lifting", "heavy weights without extra pain", "I cannot lift or carry anything"),
        new("walking", "Walking", "pain does not stop me walking any distance", "I am in bed most of the time"),
        new("sitting", "Sitting", "any chair, as long as I like", "pain prevents me sitting at all"),
        new("standing", "Standing", "as long as I want without extra pain", "pain prevents me standing at all"),
        new("sleeping", "Sleeping", "never disturbed by pain", "pain prevents me sleeping at all"),
        new("sex-life", "Sex life (if applicable)", "normal, without extra pain", "prevented by pain"),
        new("social-life", "Social life", "normal, without extra pain", "none, because of pain"),
        new("travelling", "Travelling", "anywhere without pain", "only to receive treatment"),
    ];
}
