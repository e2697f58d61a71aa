using System.Net;
using System.Text.Json;
using Telehealth.AppHost.Dashboard.Tests.Fakes;
using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Api;

public sealed class ResourceApiTests : IAsyncLifetime
{
    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() =>
        _dashboard = await TestDashboard.StartAsync(catalog: new FakeResourceCatalog { RestartDelay = TimeSpan.FromMilliseconds(500) });

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Resources_show_state_health_endpoints_start_time_and_restarts_for_scripts()
    {
        var resources = await _dashboard.WithBearer(TestDashboard.Token).GetJsonAsync("/api/resources");

        Assert.Equal(["messaging", .. FakeResourceCatalog.Services], resources.EnumerateArray().Select(r => r.GetProperty("name").GetString()!));
        var progress = resources.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "progress");
        Assert.Equal("running", progress.GetProperty("state").GetString());
        Assert.Equal("healthy", progress.GetProperty("health").GetString());
        Assert.Equal("project", progress.GetProperty("kind").GetString());
        Assert.Equal(0, progress.GetProperty("restarts").GetInt32());
        Assert.True(progress.GetProperty("startedAt").GetDateTimeOffset() < DateTimeOffset.UtcNow);
        var grpc = progress.GetProperty("endpoints").EnumerateArray().First();
        Assert.Equal("grpc", grpc.GetProperty("name").GetString());
        Assert.Equal("http://127.0.0.1:5102", grpc.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_restart_passes_through_restarting_and_comes_back_running()
    {
        var client = await _dashboard.LoggedInAsync();

        using var response = await client.PostAsync("/api/resources/progress/restart", null);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, response.StatusCode.ToString());
        Assert.Equal(["restart progress"], _dashboard.Catalog.Actions);
        await JsonApi.EventuallyAsync(async () =>
        {
            var progress = (await client.GetJsonAsync("/api/resources")).EnumerateArray().Single(r => r.GetProperty("name").GetString() == "progress");
            return progress.GetProperty("state").GetString() == "running" && progress.GetProperty("restarts").GetInt32() == 1;
        }, "progress to be running again after one restart");
    }

    [Fact]
    public async Task A_restart_longer_than_the_wait_is_accepted_and_finishes_in_the_background()
    {
        await using var slow = await TestDashboard.StartAsync(catalog: new FakeResourceCatalog { RestartDelay = TimeSpan.FromSeconds(3) });
        var client = await slow.LoggedInAsync();

        using var response = await client.PostAsync("/api/resources/scheduling/restart", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("restarting", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());
        await JsonApi.EventuallyAsync(() => Task.FromResult(slow.Catalog.Resource("scheduling").Restarts == 1), "the restart to finish");
    }

    [Fact]
    public async Task Stop_then_start_reach_the_catalog()
    {
        var client = await _dashboard.LoggedInAsync();

        using var stop = await client.PostAsync("/api/resources/notification/stop", null);
        var stopped = JsonDocument.Parse(await stop.Content.ReadAsStringAsync()).RootElement;
        using var start = await client.PostAsync("/api/resources/notification/start", null);

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal("stopped", stopped.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(["stop notification", "start notification"], _dashboard.Catalog.Actions);
    }

    [Fact]
    public async Task A_refused_action_is_409_with_the_reason()
    {
        var client = await _dashboard.LoggedInAsync();

        using var response = await client.PostAsync("/api/resources/progress/start", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already running", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_resource_is_404()
    {
        var client = await _dashboard.LoggedInAsync();

        using var action = await client.PostAsync("/api/resources/nothing/restart", null);
        using var console = await client.GetAsync("/api/resources/nothing/console");

        Assert.Equal(HttpStatusCode.NotFound, action.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, console.StatusCode);
        Assert.Empty(_dashboard.Catalog.Actions);
    }

    [Fact]
    public async Task Console_lines_tail_after_a_sequence_and_filter_by_search()
    {
        var client = await _dashboard.LoggedInAsync();

        var all = await client.GetJsonAsync("/api/resources/progress/console");
        var next = all.GetProperty("next").GetInt64();
        _dashboard.Catalog.WriteConsole("progress", "session report accepted");
        var tail = await client.GetJsonAsync($"/api/resources/progress/console?after={next}");
        var search = await client.GetJsonAsync("/api/resources/progress/console?search=LISTENING");

        Assert.Equal(3, all.GetProperty("lines").GetArrayLength());
        var line = Assert.Single(tail.GetProperty("lines").EnumerateArray());
        Assert.Equal("session report accepted", line.GetProperty("text").GetString());
        Assert.Equal(next + 1, tail.GetProperty("next").GetInt64());
        Assert.Single(search.GetProperty("lines").EnumerateArray());
        Assert.True(all.GetProperty("lines")[2].GetProperty("isError").GetBoolean());
    }
}
