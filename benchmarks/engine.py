"""Training throughput of the engine's Trainer against a bare NumPy loop (and PyTorch).

    python benchmarks/engine.py [--repeats 3]

Three MLPs with ReLU hidden layers, softmax cross-entropy and plain SGD, in float32:
[784, 128, 10] batch 64; [4096, 256, 128, 2] batch 32; [2, 8, 8, 2] batch 10.
(a) the bare loop is the same computation hand-written in NumPy (shuffle, forward,
softmax cross-entropy, backward, SGD) that also computes what the trainer reports of each
batch: its loss and its number of right answers (the accuracy); (b) PyTorch on the CPU
when it is installed. Engine and bare loop run in turn (each first every other time, after
one warm-up epoch each); PyTorch runs after them, as its threads keep spinning a while
after each epoch and would slow whatever runs next.
Prints samples/s (best of ``repeats``), the ratio engine / bare of the best epochs and of each
pair of epochs. Targets: 1.0 on [784, 128, 10], 0.9 on [4096, 256, 128, 2], 0.95 on [2, 8, 8, 2].
"""
import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from engine import Network, Trainer  # noqa: E402

# (layer sizes, batch size, examples, target engine / bare)
SHAPES = [([784, 128, 10], 64, 6400, 1.0), ([4096, 256, 128, 2], 32, 1024, 0.9), ([2, 8, 8, 2], 10, 4000, 0.95)]
LR = 0.01


def make_data(sizes, n, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.random((n, sizes[0]), dtype=np.float32)
    y = rng.integers(0, sizes[-1], n)
    return X, y


def spec_for(sizes):
    layers = [{"units": u, "activation": "relu"} for u in sizes[1:-1]]
    layers.append({"units": sizes[-1], "activation": "softmax"})
    return {"input_size": sizes[0], "layers": layers, "loss": "cross_entropy"}


def engine_epoch(sizes, batch, X, y):
    net = Network.from_spec(spec_for(sizes), seed=0)
    trainer = Trainer(net, "sgd", lr=LR, batch_size=batch, epochs=1, seed=0)
    t0 = time.perf_counter()
    for _ in trainer.run(X, y):
        pass
    return len(X) / (time.perf_counter() - t0)


def bare_epoch(sizes, batch, X, y):
    """The same computation without the engine: a plain loop over NumPy arrays."""
    net = Network.from_spec(spec_for(sizes), seed=0)  # same initial weights
    Ws = [net.params[f"W{k}"].copy() for k in range(1, len(sizes))]
    bs = [net.params[f"b{k}"].copy() for k in range(1, len(sizes))]
    rng = np.random.default_rng(0)
    n = len(X)
    t0 = time.perf_counter()
    order = rng.permutation(n)
    correct = 0
    for start in range(0, n, batch):
        idx = order[start:start + batch]
        xb, yb = X[idx], y[idx]
        hs = [xb]
        for W, b in zip(Ws[:-1], bs[:-1]):
            hs.append(np.maximum(hs[-1] @ W + b, 0))
        z = hs[-1] @ Ws[-1] + bs[-1]
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        p = e / e.sum(axis=1, keepdims=True)
        m = len(idx)
        float(-np.log(p[np.arange(m), yb] + 1e-7).mean())  # the loss, as the trainer reports it
        correct += int(np.count_nonzero(p.argmax(axis=1) == yb))  # and the right answers
        d = p
        d[np.arange(m), yb] -= 1
        d /= m
        for k in range(len(Ws) - 1, -1, -1):
            gW = hs[k].T @ d
            gb = d.sum(axis=0)
            if k > 0:
                d = (d @ Ws[k].T) * (hs[k] > 0)
            Ws[k] -= LR * gW
            bs[k] -= LR * gb
    return n / (time.perf_counter() - t0)


def torch_epoch(sizes, batch, X, y):
    import torch
    layers = []
    for a, b in zip(sizes[:-2], sizes[1:-1]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    layers.append(torch.nn.Linear(sizes[-2], sizes[-1]))
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y)
    loss_fn = torch.nn.CrossEntropyLoss()
    g = torch.Generator().manual_seed(0)
    t0 = time.perf_counter()
    order = torch.randperm(len(X), generator=g)
    for start in range(0, len(X), batch):
        idx = order[start:start + batch]
        opt.zero_grad()
        loss = loss_fn(model(Xt[idx]), yt[idx])
        loss.backward()
        opt.step()
        float(loss.detach())
    return len(X) / (time.perf_counter() - t0)


EPOCHS = {"engine": engine_epoch, "bare": bare_epoch, "torch": torch_epoch}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    try:
        import torch
        torch_version = torch.__version__
    except ImportError:
        torch_version = None
    print(f"numpy {np.__version__}; torch {torch_version or 'not installed'}; best of {args.repeats}")
    print(f"{'shape':<22}{'batch':>6}{'engine/s':>12}{'bare/s':>12}{'torch/s':>12}{'engine/bare':>13}"
          f"{'target':>8}{'engine/torch':>14}  engine/bare of each pair")
    met = True
    for sizes, batch, n, target in SHAPES:
        X, y = make_data(sizes, n)
        engine_epoch(sizes, batch, X, y)   # warm up: the first epoch allocates and loads code
        bare_epoch(sizes, batch, X, y)
        best = {"engine": 0.0, "bare": 0.0, "torch": 0.0}
        pairs = []
        for repeat in range(args.repeats):  # in turn, each first every other time: a busy moment hurts both alike
            speed = {}
            for name in ("engine", "bare") if repeat % 2 == 0 else ("bare", "engine"):
                speed[name] = EPOCHS[name](sizes, batch, X, y)
                best[name] = max(best[name], speed[name])
            pairs.append(speed["engine"] / speed["bare"])
        for _ in range(args.repeats if torch_version else 0):
            best["torch"] = max(best["torch"], torch_epoch(sizes, batch, X, y))
        ratio = best["engine"] / best["bare"]
        met = met and ratio >= target
        vs_torch = f"{best['engine'] / best['torch']:.2f}" if torch_version else "-"
        print(f"{str(sizes):<22}{batch:>6}{best['engine']:>12,.0f}{best['bare']:>12,.0f}"
              f"{best['torch']:>12,.0f}{ratio:>13.2f}{target:>8.2f}{vs_torch:>14}  "
              + " ".join(f"{r:.2f}" for r in pairs))
    print("targets engine/bare:", "met" if met else "NOT met", f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
