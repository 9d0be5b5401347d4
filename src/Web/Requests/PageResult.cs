using System.Diagnostics.CodeAnalysis;

namespace EduRelief.Web.Requests;

/// <summary>What a page's message came back with: the response, or why it was refused.</summary>
public sealed record PageResult<T>(T? Value, PageProblem? Problem)
{
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}
