using Telehealth.AppHost.Dashboard.Resources;

namespace Telehealth.AppHost.Dashboard.Api;

/// <summary>Console lines of one resource; pass <see cref="Next"/> as <c>after</c> to get only what comes later.</summary>
internal sealed record ConsoleView(string Resource, IReadOnlyList<ConsoleLine> Lines, long Next);
