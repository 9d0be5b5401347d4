using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>
/// A Host of its own for a class that approves allowance rolls: an approved month fixes the tiers up to it for the
/// whole county, so approvals are kept apart from the tests of the shared Host that set tiers of their own.
/// </summary>
public sealed class RollHost : IDisposable
{
    public EduReliefApp App { get; } = new(new Dictionary<string, string?>());

    public void Dispose() => App.Dispose();
}
