#!/usr/bin/env python3
"""The camera detector's network (io.avstack.perception.camera.CenterNetModel with
io.avstack.perception.nn.FpnLiteBackbone) rebuilt in native PyTorch, to time its forward pass
against the DJL one (`avstack bench perception` prints "network forward only").

Same layers, widths, strides, dilations, biases and output layout; the parameter count printed
(weights + BatchNorm running statistics) must equal the one `avstack bench perception` prints.

Usage (Debian's python3-torch 1.13; /usr/bin/python3 where another python3 shadows it):
    /usr/bin/python3 perception/bench/camera_net_torch.py [--threads 1] [--frames 300] [--warm-up 30]
        [--width 320] [--height 240] [--base 16] [--classes 4] [--json]
"""
import argparse
import json
import math
import time

import torch
import torch.nn as nn

HEATMAP_PRIOR = 2.19  # CenterNetModel.HEATMAP_PRIOR
REGRESSION_CHANNELS = 5  # CenterNetLayout.REGRESSION_CHANNELS


def conv_bn_relu(cin, cout, stride=1, dilation=1):
    """ConvBlocks.convBnRelu: 3x3, no bias, BatchNorm, ReLU; padding = dilation."""
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride, padding=dilation, dilation=dilation, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True))


def up2(x):
    """FpnLiteBackbone.upsample2x: nearest neighbour, NDArray.repeat on H then W."""
    return x.repeat_interleave(2, dim=2).repeat_interleave(2, dim=3)


class FpnLite(nn.Module):
    def __init__(self, c):
        super().__init__()
        c4, n = max(1, c * 3 // 2), 2 * c
        self.stem = nn.Sequential(conv_bn_relu(3, c, 2), conv_bn_relu(c, c4, 2), conv_bn_relu(c4, c4))
        self.lateral4 = nn.Conv2d(c4, n, 1)
        self.down8 = nn.Sequential(conv_bn_relu(c4, 3 * c, 2), conv_bn_relu(3 * c, 3 * c))
        self.lateral8 = nn.Conv2d(3 * c, n, 1)
        self.down16 = nn.Sequential(conv_bn_relu(3 * c, 6 * c, 2), conv_bn_relu(6 * c, 6 * c),
                                    conv_bn_relu(6 * c, 6 * c, 1, 2), nn.Conv2d(6 * c, n, 1))
        self.smooth8 = conv_bn_relu(n, n)
        self.smooth4 = conv_bn_relu(n, n)

    def forward(self, x):
        x4 = self.stem(x)
        x8 = self.down8(x4)
        p8 = self.smooth8(self.lateral8(x8) + up2(self.down16(x8)))
        return self.smooth4(self.lateral4(x4) + up2(p8))


def head(n, out):
    return nn.Sequential(nn.Conv2d(n, n, 3, padding=1), nn.ReLU(inplace=True), nn.Conv2d(n, out, 1))


class CenterNet(nn.Module):
    def __init__(self, c, classes):
        super().__init__()
        self.backbone = FpnLite(c)
        self.heatmap = head(2 * c, classes)
        self.regression = head(2 * c, REGRESSION_CHANNELS)

    def forward(self, x):
        f = self.backbone(x)
        return torch.cat([self.heatmap(f) - HEATMAP_PRIOR, self.regression(f)], dim=1)


def parameter_count(model):
    """Weights plus BatchNorm running mean/var, as DJL counts its parameters."""
    n = sum(p.numel() for p in model.parameters())
    n += sum(b.numel() for name, b in model.named_buffers() if not name.endswith("num_batches_tracked"))
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--warm-up", type=int, default=30)
    ap.add_argument("--width", type=int, default=320)
    ap.add_argument("--height", type=int, default=240)
    ap.add_argument("--base", type=int, default=16)
    ap.add_argument("--classes", type=int, default=4)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    model = CenterNet(a.base, a.classes).eval()
    x = torch.randn(1, 3, a.height, a.width)
    with torch.no_grad():
        out = model(x)
        assert out.shape == (1, a.classes + REGRESSION_CHANNELS, a.height // 4, a.width // 4), out.shape
        for _ in range(a.warm_up):
            model(x)
        ns = []
        for _ in range(a.frames):
            t0 = time.perf_counter_ns()
            model(x)
            ns.append(time.perf_counter_ns() - t0)
    ns.sort()

    def pick(q):  # nearest rank, as DetectorLatency
        return ns[min(len(ns) - 1, max(0, math.ceil(q * len(ns)) - 1))] / 1e6

    result = {"p50_ms": pick(0.50), "p99_ms": pick(0.99), "mean_ms": sum(ns) / len(ns) / 1e6,
              "parameters": parameter_count(model), "threads": a.threads, "torch": torch.__version__,
              "input": f"{a.width}x{a.height}", "base": a.base}
    if a.json:
        print(json.dumps(result))
    else:
        print(f"native PyTorch {torch.__version__}, {a.threads} thread(s), input 3x{a.height}x{a.width}, base {a.base}, "
              f"{result['parameters']} parameters, {a.frames} frames after {a.warm_up} warm-up: network forward "
              f"p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms, mean {result['mean_ms']:.2f} ms")


if __name__ == "__main__":
    main()
