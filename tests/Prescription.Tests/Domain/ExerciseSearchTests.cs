using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ExerciseSearchTests
{
    private static readonly Exercise TherapistsOwn = Exercise.AddCustom(
        Guid.NewGuid(),
        "Pallof press",
        ExerciseCategory.StabiliserActivation,
        "Anti-rotation endurance for the trunk.",
        "1. Stand side-on to the band.\n2. Press the band straight out and hold.",
        ["Shoulder pain."],
        "Resistance band",
        null,
        TestData.OtherTherapistId,
        TestData.Start);

    private static IReadOnlyList<Exercise> Library { get; } = [.. ExerciseCatalogue.All, TherapistsOwn];

    [Theory]
    [InlineData("BIRD")]
    [InlineData("bird dog")]
    [InlineData("Bird-Dog")]
    public void Names_match_case_insensitively_and_ignoring_punctuation(string text)
    {
        var found = ExerciseSearch.Search(Library, new ExerciseQuery(text));

        Assert.Equal("Bird-dog", found[0].Name);
    }

    [Fact]
    public void Apostrophes_do_not_matter()
    {
        Assert.Equal("Child's pose", Assert.Single(ExerciseSearch.Search(Library, new ExerciseQuery("childs pose"))).Name);
    }

    [Fact]
    public void Words_match_the_start_of_words_anywhere_in_the_exercise()
    {
        var found = ExerciseSearch.Search(Library, new ExerciseQuery("pelvic restraint"));

        Assert.Equal("Isolated lumbar extension (machine, pelvis restrained)", found[0].Name);
        Assert.DoesNotContain(ExerciseSearch.Search(Library, new ExerciseQuery("cat")), e => e.Name == "Walking");
    }

    [Fact]
    public void Filtering_by_category()
    {
        var stretches = ExerciseSearch.Search(Library, new ExerciseQuery(Category: ExerciseCategory.Stretch));

        Assert.Equal(5, stretches.Count);
        Assert.All(stretches, e => Assert.Equal(ExerciseCategory.Stretch, e.Category));
    }

    [Fact]
    public void The_category_name_is_searchable_text()
    {
        var aerobic = ExerciseSearch.Search(Library, new ExerciseQuery("aerobic"));

        Assert.Equal(4, aerobic.Count(e => e.Category == ExerciseCategory.Aerobic));
    }

    [Fact]
    public void Name_matches_come_before_matches_in_the_instructions()
    {
        var found = ExerciseSearch.Search(Library, new ExerciseQuery("stretch"));

        Assert.All(found.Take(3), e => Assert.Contains("stretch", e.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_therapist_sees_built_in_exercises_and_their_own()
    {
        var forOwner = ExerciseSearch.Search(Library, new ExerciseQuery("pallof", VisibleTo: TestData.OtherTherapistId));
        var forSomeoneElse = ExerciseSearch.Search(Library, new ExerciseQuery("pallof", VisibleTo: TestData.TherapistId));
        var everything = ExerciseSearch.Search(Library, new ExerciseQuery(VisibleTo: TestData.TherapistId));

        Assert.Single(forOwner);
        Assert.Empty(forSomeoneElse);
        Assert.Equal(17, everything.Count);
    }

    [Fact]
    public void An_empty_query_lists_the_whole_library()
    {
        Assert.Equal(Library.Count, ExerciseSearch.Search(Library, new ExerciseQuery()).Count);
    }
}
