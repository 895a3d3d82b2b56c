// “你自己的图片”课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
import type { Text } from "./text.en.ts";

export const zh: Text = {
  title: "你自己的图片",
  summary: "把核用在真实图片上：边缘、模糊、锐化——试试 convlab image <file.png>。",
  optPicture: "图片的灰度，0 为黑、1 为白；convlab image 则直接读取 PNG",
  optKernel: "内置的核名，或你自己的核，写成 [[1,-1]] 这样的 JSON 矩阵",
  pictureTitle: "图片",
  kernelTitle: (p) => `K（${p.name}）`,
  outputTitle: (p) => `conv2d(图片, ${p.name}) 的灰度显示`,
  midGreyLabel: "中灰",
  blackLabel: "黑",
  whiteLabel: "白",
  valuesTitle: (p) => `Y = conv2d(图片, ${p.name})`,
  widthLabel: "宽",
  heightLabel: "高",
  minLabel: "最小输出",
  maxLabel: "最大输出",
  chooseWhat: "核",
  noKernelYet: (p) => `你还没有自己的核：按 e 编辑 K，之后你的核就是第 ${p.key} 个。`,
  kernelNames: { edge: "边缘核", blur: "模糊核", sharpen: "锐化核", "sobel-x": "sobel-x 核", custom: "你的核" },
  kernelAbout: {
    edge: "边缘：中心权重为 8，周围八个邻居各为 −1。在平坦区域它们相互抵消为 0；在轮廓处则不会。",
    blur: "模糊：一个小的高斯核。每个输出是 3×3 邻域的加权平均（每个方向的权重为 1-2-1，总和为 1），所以陡峭的变化被柔化。",
    sharpen: "锐化：中心权重为 5，四个邻居各为 −1。权重之和为 1，所以平坦区域保持不变，而差异被放大。",
    "sobel-x": "sobel-x：右列减左列，中间一行计两次。它对垂直边缘作出带符号的响应：由暗到亮为正，由亮到暗为负——与笔记本里的 [1, −1] 符号相反，后者是左减右。",
    custom: "你自己的核：每个输出都是图片的一个窗口与这些权重按元素相乘之和。",
  },
  pictureHeading: "图片就是矩阵",
  picture: (p) => [
    p.own
      ? `你的图片（灰度）：一个 ${p.height}×${p.width} 的矩阵（宽 ${p.width} 像素，高 ${p.height} 像素），0 为黑，1 为白（彩色图片用亮度 0.299 R + 0.587 G + 0.114 B 转为灰度）。`
      : `convlab 自带的图片：一个 ${p.height}×${p.width} 的灰度矩阵（宽 ${p.width} 像素，高 ${p.height} 像素），0 为黑，1 为白。运行 convlab image <file.png> 来使用你自己的图片。`,
    "对卷积层来说它就是 X，和笔记本里由 1 和 0 组成的 6×8 图像一样，只是更大。",
  ],
  kernelHeading: "核",
  kernel: (p) => [p.about, `K 的形状是 ${p.shape}；填充 ${p.pad} 使输出与图片大小相同（核的边长为奇数时）。`],
  pixelHeading: (p) => `一个输出像素 Y[${p.cell}]`,
  pixel: (p) => [
    `每个输出像素都是图片的一个窗口与 K 按元素相乘之和，和 corr2d 完全一样。在中心处，Y[${p.cell}] = ${p.value}。`,
    "nd.conv2d 一次算出所有像素。",
  ],
  outputHeading: "经过核的图片",
  output: (p) => [
    `输出的范围是 ${p.min} 到 ${p.max}。在边界处核还会看到填充：图片边缘之外是零（黑色），这可能画出一圈边框。`,
    p.signed
      ? `这个核的权重之和为 0，所以输出有正有负：中灰表示 0，黑色表示 −${p.top}，白色表示 ${p.top}（${p.top} 是绝对值最大的输出）。`
      : "这个核的权重之和不为 0，所以输出像输入一样按灰度显示，超出 0…1 的部分被截断。",
  ],
  done: (p) => `图片经过${p.name}，由 nd.conv2d 计算。`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑 K。`,
  tooLarge: (p) => `核 ${p.k} 放不进图片 ${p.x}`,
};
