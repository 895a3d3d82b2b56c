// Texts of `convlab image`, in every language convlab speaks (zh has the same keys, by type).
export const en = {
  cmd: "Run a kernel over a PNG picture and show it beside the result (convlab's own picture without a file)",
  file: "a PNG file; without one, convlab's own picture",
  optKernel: "edge, blur, sharpen, sobel-x, or a JSON matrix such as [[1,-1]] (default: edge)",
  optJson: "print the numbers as one JSON object instead of pictures",
  example: "find the edges in a photo",
  exampleJson: "the sharpened picture's numbers, for a script",
  ownPicture: "convlab's picture",
  scaled: (p: { from: string }) => ` (scaled down from ${p.from})`,
  kernelLine: (p: { name: string }) => `kernel ${p.name}`,
  inputCaption: "picture",
  missing: (p: { file: string }) => `cannot read ${p.file}: no such file`,
  directory: (p: { file: string }) => `cannot read ${p.file}: it is a directory, not a PNG file`,
  unreadable: (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  notPng: (p: { file: string }) => `${p.file} is not a PNG picture (it does not start with the PNG signature); convert it to PNG first`,
  damaged: (p: { file: string; reason: string }) => `${p.file} is a damaged or truncated PNG (${p.reason})`,
  truncated: "the file ends before its last chunk",
  tooBigFile: (p: { file: string; mb: string; max: number }) => `${p.file} is ${p.mb} MB; convlab reads PNG files of at most ${p.max} MB`,
  tooManyPixels: (p: { file: string; size: string; max: number }) => `${p.file} is ${p.size} pixels; convlab reads pictures of at most ${p.max} megapixels — scale it down first`,
};

export type ImageText = typeof en;

export const zh: ImageText = {
  cmd: "用核处理一张 PNG 图片，并把它和结果并排显示（不给文件时使用 convlab 自带的图片）",
  file: "PNG 文件；不给则使用 convlab 自带的图片",
  optKernel: "edge、blur、sharpen、sobel-x，或 [[1,-1]] 这样的 JSON 矩阵（默认：edge）",
  optJson: "以一个 JSON 对象输出数值，而不是图片",
  example: "找出照片中的边缘",
  exampleJson: "锐化后图片的数值，供脚本使用",
  ownPicture: "convlab 的图片",
  scaled: (p) => `（由 ${p.from} 缩小）`,
  kernelLine: (p) => `核 ${p.name}`,
  inputCaption: "图片",
  missing: (p) => `无法读取 ${p.file}：文件不存在`,
  directory: (p) => `无法读取 ${p.file}：这是一个目录，不是 PNG 文件`,
  unreadable: (p) => `无法读取 ${p.file}：${p.reason}`,
  notPng: (p) => `${p.file} 不是 PNG 图片（开头没有 PNG 签名）；请先转换为 PNG`,
  damaged: (p) => `${p.file} 是损坏或不完整的 PNG（${p.reason}）`,
  truncated: "文件在最后一个数据块之前就结束了",
  tooBigFile: (p) => `${p.file} 有 ${p.mb} MB；convlab 只读取不超过 ${p.max} MB 的 PNG 文件`,
  tooManyPixels: (p) => `${p.file} 有 ${p.size} 个像素；convlab 只读取不超过 ${p.max} 百万像素的图片——请先缩小`,
};
