using EduRelief.Contracts.Registry;
using EduRelief.Web.Requests;

namespace EduRelief.Modules.Registry.Web.Students;

/// <summary>What the prerendered student list read, handed on to the circuit.</summary>
internal sealed record StudentListRead(
    IReadOnlyList<TownshipDto> Townships, IReadOnlyList<SchoolDto> Schools, IReadOnlyList<StudentDto> Items, int Total, PageProblem? Problem);
