namespace WorkPlanSite.Attachments;

/// <summary>The intrinsic width and height of an image, in CSS pixels.</summary>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct PixelSize(int Width, int Height);
