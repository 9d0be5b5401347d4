using EduRelief.Modules.Registry.Features.Shared;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>A row that passed its own checks and waits for its chunk's lookup of students already registered.</summary>
internal sealed record PendingRow(int Line, ValidStudent Row, Guid SchoolId);
