using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class RolandMorrisQuestionnaireTests
{
    private static bool?[] Answers(int yes) =>
        Enumerable.Range(0, RolandMorrisQuestionnaire.ItemCount).Select(i => (bool?)(i < yes)).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(24)]
    public void Score_is_the_number_of_yes_answers(int yes) =>
        Assert.Equal(yes, RolandMorrisQuestionnaire.Score(Answers(yes)));

    [Theory]
    [InlineData(23)]
    [InlineData(25)]
    [InlineData(0)]
    public void Anything_but_24_items_is_refused(int count)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => RolandMorrisQuestionnaire.Score(new bool?[count]));

        Assert.Equal("items", error.ParamName);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(23)]
    public void An_unanswered_item_is_refused_not_read_as_no(int index)
    {
        var answers = Answers(3);
        answers[index] = null;

        var error = Assert.Throws<InvalidRuleInputException>(() => RolandMorrisQuestionnaire.Score(answers));

        Assert.Equal($"items[{index}]", error.ParamName);
    }
}
