using Telehealth.TherapistConsole.Components.Shared;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class NumberInputTests : ConsoleContext
{
    private decimal? _value = 12.5m;

    [Fact]
    public void A_labelled_native_number_input_reads_a_number_with_a_full_stop_whatever_the_language()
    {
        var field = RenderField();

        Assert.Equal("load", field.Find("label").GetAttribute("for"));
        Assert.Equal(("number", "12.5", "decimal"), (field.Find("input#load").GetAttribute("type"), field.Find("input").GetAttribute("value"), field.Find("input").GetAttribute("inputmode")));

        field.Find("input").Change("17.25");

        Assert.Equal(17.25m, _value);
    }

    [Fact]
    public void Empty_is_no_number_and_what_is_not_a_number_changes_nothing()
    {
        var field = RenderField();

        field.Find("input").Change("a lot");
        Assert.Equal(12.5m, _value);

        field.Find("input").Change("");
        Assert.Null(_value);
    }

    [Fact]
    public void What_the_service_said_is_shown_under_the_input_and_tied_to_it()
    {
        var field = Render<NumberInput<decimal?>>(parameters => parameters
            .Add(p => p.Id, "load").Add(p => p.Label, "Load (kg)").Add(p => p.Value, 12.5m).Add(p => p.Error, "must be a multiple of 2.5."));

        Assert.Equal(("true", "load-error"), (field.Find("input").GetAttribute("aria-invalid"), field.Find("input").GetAttribute("aria-describedby")));
        Assert.Equal("must be a multiple of 2.5.", field.Find("#load-error").TextContent);
    }

    private IRenderedComponent<NumberInput<decimal?>> RenderField() =>
        Render<NumberInput<decimal?>>(parameters => parameters
            .Add(p => p.Id, "load")
            .Add(p => p.Label, "Load (kg)")
            .Add(p => p.Value, _value)
            .Add(p => p.ValueChanged, value => _value = value));
}
