using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class OswestryDisabilityIndexTests
{
    /// <summary>Sections as a string, one character each: a digit, or '-' for a skipped section.</summary>
    private static int?[] Sections(string answers) =>
        answers.Select(c => c == '-' ? (int?)null : c - '0').ToArray();

    [Theory]
    [InlineData("0000000000", 0, 10, 0)]
    [InlineData("5555555555", 50, 10, 100)]
    [InlineData("2222222222", 20, 10, 40)]
    [InlineData("1234512345", 30, 10, 60)]
    [InlineData("222222222-", 18, 9, 40)]      // one skipped: 18 / 45
    [InlineData("-32222222-", 17, 8, 42.5)]    // two skipped: 17 / 40
    [InlineData("2222222221", 19, 10, 38)]
    [InlineData("312222221-", 17, 9, 37.8)]    // 17 / 45 = 37.78 %
    public void Scores_the_sum_over_the_answered_maximum(string answers, int sum, int answered, double percent)
    {
        var score = OswestryDisabilityIndex.Score(Sections(answers));

        Assert.Equal(sum, score.Sum);
        Assert.Equal(answered, score.AnsweredSections);
        Assert.Equal((decimal)percent, score.Percent);
    }

    [Theory]
    [InlineData("2222222---")]   // 7 answered: one below the minimum
    [InlineData("-2-2-2-2-2")]
    [InlineData("----------")]
    public void Fewer_than_8_answered_sections_is_refused(string answers)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => OswestryDisabilityIndex.Score(Sections(answers)));
        Assert.Equal("sections", error.ParamName);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 6, 0, 0, 0, 0, 0, 0 }, "sections[3]")]
    [InlineData(new[] { -1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "sections[0]")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 9 }, "sections[9]")]
    public void An_answer_outside_0_to_5_is_refused_naming_the_section(int[] answers, string field)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => OswestryDisabilityIndex.Score(answers.Select(a => (int?)a).ToArray()));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void Every_invalid_section_is_listed()
    {
        var answers = new int?[] { 7, 0, 0, 0, -2, 0, 0, 0, 0, 0 };

        var error = Assert.Throws<InvalidRuleInputException>(() => OswestryDisabilityIndex.Score(answers));

        Assert.Equal(new[] { "sections[0]", "sections[4]" }, error.Violations.Select(v => v.Field).ToArray());
    }

    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(0)]
    public void Anything_but_10_sections_is_refused(int count)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => OswestryDisabilityIndex.Score(new int?[count]));

        Assert.Equal("sections", error.ParamName);
    }
}
