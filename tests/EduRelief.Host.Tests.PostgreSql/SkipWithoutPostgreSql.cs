using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.PostgreSql;

/// <summary>
/// xunit's [Fact], skipped with the reason where this machine has no PostgreSQL server binaries and <c>CI</c> is not
/// set (on CI the tests run and fail instead: see <see cref="PostgreSqlServer.SkipReason"/>).
/// </summary>
public sealed class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute()
    {
        if (PostgreSqlServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>xunit's [Theory], skipped as <see cref="FactAttribute"/> is.</summary>
public sealed class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute()
    {
        if (PostgreSqlServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
