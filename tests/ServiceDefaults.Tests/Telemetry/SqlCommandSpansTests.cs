using Microsoft.Data.Sqlite;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.ServiceDefaults.Tests.Telemetry;

/// <summary>Writes keep their SQL span; reads get one only when asked for.</summary>
public sealed class SqlCommandSpansTests
{
    [Theory]
    [InlineData("SELECT \"p\".\"Id\" FROM \"programmes\" AS \"p\"", true)]
    [InlineData("  select 1", true)]
    [InlineData("WITH recent AS (SELECT 1) SELECT * FROM recent", true)]
    [InlineData("PRAGMA synchronous;", true)]
    [InlineData("INSERT INTO \"session_reports\" (\"Id\") VALUES (@p0) RETURNING \"Sequence\";", false)]
    [InlineData("UPDATE \"outbox\" SET \"SentAt\" = @p0", false)]
    [InlineData("DELETE FROM \"inbox\"", false)]
    public void Reads_are_told_from_writes(string commandText, bool read)
    {
        using var command = new SqliteCommand(commandText);

        Assert.Equal(read, SqlCommandSpans.IsRead(command.CommandText));
        Assert.Equal(!read, SqlCommandSpans.Filter(readSpans: false)("Microsoft.EntityFrameworkCore.Sqlite", command));
        Assert.True(SqlCommandSpans.Filter(readSpans: true)("Microsoft.EntityFrameworkCore.Sqlite", command));
    }
}
