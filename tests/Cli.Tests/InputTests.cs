using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Tests;

/// <summary>How typed values become durations, instants, enum values and exercise results.</summary>
public sealed class InputTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("1h30m", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("300ms", 0.3)]
    [InlineData("01:00:00", 3600)]
    public void Durations_read_as_people_write_them(string text, double seconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(seconds, duration.TotalSeconds, 3);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("5 minutes")]
    [InlineData("-1h")]
    public void Durations_refuse_anything_else(string text) =>
        Assert.False(Durations.TryParse(text, out _));

    [Fact]
    public void Local_times_are_in_the_given_zone_unless_an_offset_is_written()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test-05", TimeSpan.FromHours(-5), "Test-05", "Test-05");

        Assert.True(LocalTimes.TryParse("2026-12-01 14:30", zone, out var local));
        Assert.True(LocalTimes.TryParse("2026-12-01T14:30Z", zone, out var utc));
        Assert.True(LocalTimes.TryParse("2026-12-01T14:30+01:00", zone, out var offset));
        Assert.False(LocalTimes.TryParse("tomorrow", zone, out _));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 19, 30, 0, TimeSpan.Zero), local.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 30, 0, TimeSpan.Zero), utc.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 13, 30, 0, TimeSpan.Zero), offset.ToUniversalTime());
    }

    [Fact]
    public void Enum_values_are_kebab_case_without_unspecified()
    {
        Assert.Equal("lumbar-strengthening", EnumNames.Of(ExerciseCategory.LumbarStrengthening));
        Assert.DoesNotContain("unspecified", EnumNames.All<ExerciseCategory>());
        Assert.True(EnumNames.TryParse<RedFlag>("NEW_SADDLE_NUMBNESS", out var flag));
        Assert.Equal(RedFlag.NewSaddleNumbness, flag);
        Assert.False(EnumNames.TryParse<RedFlag>("unspecified", out _));
    }

    [Fact]
    public void An_exercise_spec_with_reps_per_set()
    {
        var result = ExerciseResultSpec.Parse("Bird-dog: reps=12/12/10, hold=10, rpe=6, pain=1").ToResult("item-1", defaultRpe: 3);

        Assert.Equal("item-1", result.ItemId);
        Assert.Equal([12, 12, 10], result.Sets.Select(s => s.Reps));
        Assert.All(result.Sets, s => Assert.Equal(10, s.HoldSeconds));
        Assert.Equal((6, 1), (result.Rpe, result.PainDuring));
    }

    [Fact]
    public void An_exercise_spec_with_alike_sets_and_the_default_effort()
    {
        var result = ExerciseResultSpec.Parse("cable:sets=3,reps=10,load=22.5").ToResult("item-2", defaultRpe: 7);

        Assert.Equal(3, result.Sets.Count);
        Assert.All(result.Sets, s => Assert.Equal((10, 22.5), (s.Reps, s.LoadKg)));
        Assert.Equal(7, result.Rpe);
        Assert.False(result.HasPainDuring);
    }

    [Fact]
    public void An_exercise_spec_for_time_or_a_skip()
    {
        var walked = ExerciseResultSpec.Parse("walking:minutes=25").ToResult("w", null);
        var skipped = ExerciseResultSpec.Parse("walking:skip=no-equipment").ToResult("w", null);

        Assert.Equal(25, Assert.Single(walked.Sets).Minutes);
        Assert.Equal(SkipReason.NoEquipment, skipped.SkippedBecause);
        Assert.Empty(skipped.Sets);
        Assert.False(skipped.HasRpe);
    }

    [Theory]
    [InlineData("bird-dog", "name the exercise, then a colon")]
    [InlineData("bird-dog:reps", "'reps' is not key=value")]
    [InlineData("bird-dog:weight=20", "'weight' is not one of reps, sets, load")]
    [InlineData("bird-dog:rpe=11", "rpe takes a whole number from 0 to 10, not '11'")]
    [InlineData("bird-dog:skip=bored", "skip takes one of pain, no-time")]
    public void A_bad_exercise_spec_says_what_is_wrong(string text, string problem)
    {
        var error = Assert.Throws<CliException>(() => ExerciseResultSpec.Parse(text));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void As_prescribed_is_every_set_at_the_top_of_the_range()
    {
        var item = new ProgrammeItem { ItemId = "i", Dosage = new Dosage { Sets = 2, RepsMin = 8, RepsMax = 12, LoadKg = 20, HoldSeconds = 3 } };

        var result = ExerciseResultSpec.AsPrescribed(item, rpe: 5)!;

        Assert.Equal(2, result.Sets.Count);
        Assert.All(result.Sets, s => Assert.Equal((12, 20.0, 3), (s.Reps, s.LoadKg, s.HoldSeconds)));
        Assert.Equal(5, result.Rpe);
    }

    [Fact]
    public void As_prescribed_has_nothing_to_say_about_a_movement_break() =>
        Assert.Null(ExerciseResultSpec.AsPrescribed(new ProgrammeItem { ItemId = "b", Dosage = new Dosage { IntervalMinutes = 45 } }, rpe: null));

    [Fact]
    public void A_name_matches_by_id_whole_name_or_a_part_only_it_has()
    {
        string[] names = ["Bird-dog", "Side plank", "Shoulder bridge", "Bridge"];

        Assert.Equal("Bird-dog", NameMatch.Single(names, "bird", n => n, n => n, "exercise"));
        Assert.Equal("Bridge", NameMatch.Single(names, "bridge", n => n, n => n, "exercise"));
        Assert.Equal(ExitCodes.Usage, Assert.Throws<CliException>(() => NameMatch.Single(names, "s", n => n, n => n, "exercise")).ExitCode);
        Assert.Equal(ExitCodes.NotFound, Assert.Throws<CliException>(() => NameMatch.Single(names, "plank jack", n => n, n => n, "exercise")).ExitCode);
    }

    [Theory]
    [InlineData("mon,wed,fri", "Monday,Wednesday,Friday")]
    [InlineData("MON-FRI", "Monday,Tuesday,Wednesday,Thursday,Friday")]
    [InlineData("fri-mon", "Monday,Friday,Saturday,Sunday")]
    [InlineData("su, tu ,th,tu", "Tuesday,Thursday,Sunday")]
    [InlineData("monday,sat", "Monday,Saturday")]
    public void Days_of_the_week_read_as_lists_and_ranges_monday_first(string text, string days) =>
        Assert.Equal(days, string.Join(",", Weekdays.Parse(text, "--days")));

    [Theory]
    [InlineData("t")]
    [InlineData("mon,someday")]
    [InlineData("mon-")]
    [InlineData("mon-tue-wed")]
    [InlineData(",")]
    public void Days_that_are_not_days_are_a_usage_error_naming_the_option(string text)
    {
        var error = Assert.Throws<CliException>(() => Weekdays.Parse(text, "--days"));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.StartsWith("--days takes days of the week", error.Message);
    }

    [Fact]
    public void Hours_read_days_and_a_time_range()
    {
        var hours = HoursSpec.Parse(" tue-thu  8:30-12:15 ", "--hours");

        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], hours.Days);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(12, 15)), (hours.From, hours.To));
    }

    [Theory]
    [InlineData("3f2504e0", "3f2504e0", null)]
    [InlineData(" 3F25-04E0-4F ", "3f2504e04f", null)]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e04f8911d39a0c0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public void An_id_may_be_given_whole_or_by_its_start(string text, string digits, string? whole)
    {
        Assert.True(IdPrefix.TryParse(text, out var prefix));

        Assert.Equal(digits, prefix.Digits);
        Assert.Equal(whole is null ? null : Guid.Parse(whole), prefix.Whole);
        Assert.True(prefix.Matches("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
        Assert.False(prefix.Matches("3f2504e1-4f89-11d3-9a0c-0305e82c3301"));
    }

    [Theory]
    [InlineData("3f2")]
    [InlineData("bob")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301ff")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void An_id_start_needs_four_hex_digits_and_at_most_a_whole_id(string text) =>
        Assert.False(IdPrefix.TryParse(text, out _));

    [Fact]
    public void Short_ids_are_eight_digits_unless_two_start_alike()
    {
        string[] ids = ["abcd1234-0000-4000-8000-000000000001", "abcd1234-1111-4000-8000-000000000002", "ef015678-2222-4000-8000-000000000003", "t-early"];

        var shortId = Telehealth.Cli.Output.Views.ShortIds.For(ids);

        Assert.Equal(["abcd1234-0", "abcd1234-1", "ef015678", "t-early"], ids.Select(shortId));
    }

    [Fact]
    public void Exercises_are_numbered_from_1_without_movement_breaks()
    {
        var items = new[]
        {
            new ProgrammeItem { ItemId = "break", Order = 0, Category = ExerciseCategory.Posture, ExerciseName = "Movement break" },
            new ProgrammeItem { ItemId = "bird", Order = 1, Category = ExerciseCategory.StabiliserActivation, ExerciseName = "Bird-dog" },
            new ProgrammeItem { ItemId = "walk", Order = 2, Category = ExerciseCategory.Aerobic, ExerciseName = "Walking" },
        };

        Assert.Equal(new Dictionary<string, int> { ["bird"] = 1, ["walk"] = 2 }, ExerciseNumbers.Of(items));
        Assert.Equal("walk", ExerciseNumbers.Find(items, "2", "exercise").ItemId);
        Assert.Equal("break", ExerciseNumbers.Find(items, "break", "exercise").ItemId);
        Assert.Equal(ExitCodes.NotFound, Assert.Throws<CliException>(() => ExerciseNumbers.Find(items, "3", "exercise")).ExitCode);
    }
}
