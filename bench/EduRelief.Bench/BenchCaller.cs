using EduRelief.SharedKernel.Identity;

namespace EduRelief.Bench;

/// <summary>The caller the import records as the registering user.</summary>
internal sealed class BenchCaller : ICallerContext
{
    public string UserName => "bench";
}
